import { isCspOnly, type Viewer } from "../auth/session";

type AdminPath = "/linked-accounts" | "/audit-log";

export interface Screen {
  path:
    | "/overview"
    | "/benefits"
    | "/link"
    | "/coverage"
    | "/eligibility"
    | "/incidents"
    | "/tpd"
    | "/catalog"
    | "/offers"
    | "/roles"
    | AdminPath;
  label: string;
  /** Shown in the navigation, and usable, for this viewer. */
  visible: (viewer: Viewer) => boolean;
}

// What the viewer may do comes from the API (`viewer.permissions`), computed from the rules it enforces.
const can = (permission: (permissions: NonNullable<Viewer["permissions"]>) => boolean) => (viewer: Viewer) =>
  viewer.permissions !== null && permission(viewer.permissions);
// The organization's offers, benefits and hours: program members only (a CSP-only account gets NOT_AUTHORIZED).
const programMember = (viewer: Viewer) => can((p) => p.canActForOrganization)(viewer) && !isCspOnly(viewer);
const operates = can((p) => p.canManageCatalog);

/** The console's screens, in navigation order. */
export const SCREENS: readonly Screen[] = [
  { path: "/overview", label: "Overview", visible: programMember },
  { path: "/benefits", label: "Activation", visible: programMember },
  { path: "/link", label: "Link a contract", visible: can((p) => p.canLinkContracts) },
  { path: "/coverage", label: "Coverage", visible: () => true },
  // Any signed-in account may walk the rules, except a CSP-only one (the query answers NOT_AUTHORIZED).
  { path: "/eligibility", label: "Eligibility", visible: (viewer) => !(viewer.isCspAssociated && !viewer.isMpnAssociated) },
  { path: "/incidents", label: "Incidents", visible: () => true },
  { path: "/tpd", label: "Presales & deployment", visible: programMember },
  { path: "/catalog", label: "Product catalog", visible: operates },
  { path: "/offers", label: "Membership offers", visible: operates },
  { path: "/roles", label: "Roles", visible: can((p) => p.canManageRoles) },
  { path: "/linked-accounts", label: "Linked accounts", visible: can((p) => p.canManageLinkedAccounts) },
  { path: "/audit-log", label: "Audit log", visible: can((p) => p.canReadAuditLog) },
];

export const visibleScreens = (viewer: Viewer) => SCREENS.filter((screen) => screen.visible(viewer));
// A detail screen (`/incidents/SR-1001`) belongs to its list's screen: same navigation entry and rules.
export const screenAt = (pathname: string) => SCREENS.find((screen) => screen.path === pathname || pathname.startsWith(`${screen.path}/`));
