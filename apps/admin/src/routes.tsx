import type { ReactNode } from "react";
import type { Viewer } from "./auth/session";
import { BenefitsPage } from "./features/benefits/BenefitsPage";
import { CatalogPage } from "./features/catalog/CatalogPage";
import { CoveragePage } from "./features/coverage/CoveragePage";
import { IncidentsPage } from "./features/incidents/IncidentsPage";
import { LinkContractPage } from "./features/link/LinkContractPage";
import { OffersPage } from "./features/offers/OffersPage";
import { OverviewPage } from "./features/overview/OverviewPage";
import { RolesPage } from "./features/roles/RolesPage";
import { TpdPage } from "./features/tpd/TpdPage";

export interface Route {
  path: string;
  label: string;
  render: () => ReactNode;
  /** Shown in the navigation for this viewer. */
  visible: (viewer: Viewer) => boolean;
}

// What the viewer may do comes from the API (`viewer.permissions`), computed from the rules it enforces.
const can = (permission: (permissions: NonNullable<Viewer["permissions"]>) => boolean) => (viewer: Viewer) =>
  viewer.permissions !== null && permission(viewer.permissions);
const inOrganization = can((p) => p.canActForOrganization);
const operates = can((p) => p.canManageCatalog);

export const ROUTES: readonly Route[] = [
  { path: "overview", label: "Overview", render: () => <OverviewPage />, visible: inOrganization },
  { path: "benefits", label: "Activation", render: () => <BenefitsPage />, visible: inOrganization },
  { path: "link", label: "Link a contract", render: () => <LinkContractPage />, visible: can((p) => p.canLinkContracts) },
  { path: "coverage", label: "Coverage", render: () => <CoveragePage />, visible: () => true },
  { path: "incidents", label: "Incidents", render: () => <IncidentsPage />, visible: () => true },
  { path: "tpd", label: "Presales & deployment", render: () => <TpdPage />, visible: inOrganization },
  { path: "catalog", label: "Product catalog", render: () => <CatalogPage />, visible: operates },
  { path: "offers", label: "Membership offers", render: () => <OffersPage />, visible: operates },
  {
    path: "roles",
    label: "Roles",
    render: () => <RolesPage />,
    visible: can((p) => p.canManageRoles),
  },
];
