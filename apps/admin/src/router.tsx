import { createRootRouteWithContext, createRoute, createRouter, redirect } from "@tanstack/react-router";
import type { Viewer } from "./auth/session";
import { AuditLogPage } from "./features/audit-log/AuditLogPage";
import { parseAuditSearch } from "./features/audit-log/audit-search";
import { BenefitsPage } from "./features/benefits/BenefitsPage";
import { CatalogPage } from "./features/catalog/CatalogPage";
import { CoveragePage } from "./features/coverage/CoveragePage";
import { parseCoverageSearch } from "./features/coverage/coverage-search";
import { CoverageTimelinePage } from "./features/coverage/CoverageTimelinePage";
import { parseTimelineSearch } from "./features/coverage/timeline-search";
import { EligibilityPage } from "./features/eligibility/EligibilityPage";
import { parseEligibilitySearch } from "./features/eligibility/eligibility-search";
import { parseIncidentSearch } from "./features/incidents/incident-search";
import { IncidentDetailPage } from "./features/incidents/IncidentDetailPage";
import { IncidentsPage } from "./features/incidents/IncidentsPage";
import { LinkContractPage } from "./features/link/LinkContractPage";
import { LinkedAccountsPage } from "./features/linked-accounts/LinkedAccountsPage";
import { OffersPage } from "./features/offers/OffersPage";
import { OverviewPage } from "./features/overview/OverviewPage";
import { RolesPage } from "./features/roles/RolesPage";
import { TpdPage } from "./features/tpd/TpdPage";
import { parseOrganizationSearch } from "./shell/organization-search";
import { visibleScreens } from "./shell/screens";
import { NotFound, Shell } from "./shell/Shell";

/** What every route can read: the signed-in viewer (from the ["viewer"] query). */
export interface RouterContext {
  viewer: Viewer;
}

// Code-based routes: a screen per path, its filters and page in validated search params, so a
// reload or the back button brings back exactly what was on screen.
const root = createRootRouteWithContext<RouterContext>()({ component: Shell, notFoundComponent: NotFound });

const index = createRoute({
  getParentRoute: () => root,
  path: "/",
  beforeLoad: ({ context }) => {
    throw redirect({ to: visibleScreens(context.viewer)[0]?.path ?? "/coverage", replace: true });
  },
});

const routeTree = root.addChildren([
  index,
  createRoute({ getParentRoute: () => root, path: "/overview", component: OverviewPage }),
  createRoute({ getParentRoute: () => root, path: "/benefits", component: BenefitsPage }),
  createRoute({ getParentRoute: () => root, path: "/link", component: LinkContractPage }),
  createRoute({ getParentRoute: () => root, path: "/coverage", validateSearch: parseCoverageSearch, component: CoveragePage }),
  createRoute({
    getParentRoute: () => root,
    path: "/coverage/timeline",
    validateSearch: parseTimelineSearch,
    component: CoverageTimelinePage,
  }),
  createRoute({ getParentRoute: () => root, path: "/eligibility", validateSearch: parseEligibilitySearch, component: EligibilityPage }),
  createRoute({ getParentRoute: () => root, path: "/incidents", validateSearch: parseIncidentSearch, component: IncidentsPage }),
  createRoute({ getParentRoute: () => root, path: "/incidents/$number", component: IncidentDetailPage }),
  createRoute({ getParentRoute: () => root, path: "/tpd", component: TpdPage }),
  createRoute({ getParentRoute: () => root, path: "/catalog", component: CatalogPage }),
  createRoute({ getParentRoute: () => root, path: "/offers", validateSearch: parseOrganizationSearch, component: OffersPage }),
  createRoute({ getParentRoute: () => root, path: "/roles", validateSearch: parseOrganizationSearch, component: RolesPage }),
  createRoute({ getParentRoute: () => root, path: "/linked-accounts", component: LinkedAccountsPage }),
  createRoute({ getParentRoute: () => root, path: "/audit-log", validateSearch: parseAuditSearch, component: AuditLogPage }),
]);

/** One router per session: it reads the address bar when the signed-in console mounts. */
export function createAppRouter(viewer: Viewer) {
  return createRouter({ routeTree, context: { viewer }, defaultPreload: false, scrollRestoration: true });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
