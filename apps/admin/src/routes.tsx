import type { ReactNode } from "react";
import { hasRole, type Viewer } from "./auth/session";
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

const inOrganization = (viewer: Viewer) => viewer.organization !== null && !hasRole(viewer, "SUPPORT_OPERATOR");

export const ROUTES: readonly Route[] = [
  { path: "overview", label: "Overview", render: () => <OverviewPage />, visible: inOrganization },
  { path: "benefits", label: "Activation", render: () => <BenefitsPage />, visible: inOrganization },
  { path: "link", label: "Link a contract", render: () => <LinkContractPage />, visible: (v) => !hasRole(v, "SUPPORT_OPERATOR") },
  { path: "coverage", label: "Coverage", render: () => <CoveragePage />, visible: () => true },
  { path: "incidents", label: "Incidents", render: () => <IncidentsPage />, visible: () => true },
  { path: "tpd", label: "Presales & deployment", render: () => <TpdPage />, visible: inOrganization },
  { path: "catalog", label: "Product catalog", render: () => <CatalogPage />, visible: (v) => hasRole(v, "SUPPORT_OPERATOR") },
  { path: "offers", label: "Membership offers", render: () => <OffersPage />, visible: (v) => hasRole(v, "SUPPORT_OPERATOR") },
  {
    path: "roles",
    label: "Roles",
    render: () => <RolesPage />,
    visible: (v) => hasRole(v, "GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "SUPPORT_OPERATOR"),
  },
];
