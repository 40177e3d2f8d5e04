/** The SDK's read operations the console caches (the first part of every query key). */
export type QueryName =
  | "viewer"
  | "organizationOverview"
  | "technicalBenefits"
  | "supportContracts"
  | "customers"
  | "incidents"
  | "incidentByNumber"
  | "incidentTimeline"
  | "organizationAlerts"
  | "inputLimits"
  | "products"
  | "supportPlans"
  | "coverageWindows"
  | "eligibility"
  | "tpdBalance"
  | "organizations"
  | "organizationUsers"
  | "membershipOffers"
  | "organizationLinkedAccounts"
  | "auditLog";

export type MutationName =
  | "activateTechnicalBenefits"
  | "linkSupportContract"
  | "createSupportIncident"
  | "withdrawSupportIncident"
  | "resolveSupportIncident"
  | "startWorkOnSupportIncident"
  | "addSupportIncidentNote"
  | "requestTpdEngagement"
  | "upsertProduct"
  | "addProductVersion"
  | "grantMembershipOffer"
  | "revokeMembershipOffer"
  | "assignUserRole"
  | "removeUserRole"
  | "unlinkSupportContractAccount"
  | "rotateAccessId";

// Contracts' remaining incidents appear in the viewer (linked contracts), the overview, the
// contracts list and each plan's `remaining`: anything that spends or refunds one re-reads them all.
const REMAINING_INCIDENTS: QueryName[] = [
  "viewer",
  "organizationOverview",
  "supportContracts",
  "supportPlans",
  "organizationAlerts",
  "eligibility",
];
// What an offer grants shows everywhere the benefits do: offers, entitlements, activation, TPD
// hours, plans, alerts and the eligibility walk.
const OFFER_CHANGED: QueryName[] = [
  "membershipOffers",
  "organizationOverview",
  "technicalBenefits",
  "tpdBalance",
  "supportPlans",
  "organizationAlerts",
  "eligibility",
];
// An incident's status shows in the lists, on its detail screen and as an event in its timeline.
const INCIDENT_STATUS: QueryName[] = ["incidents", "incidentByNumber", "incidentTimeline"];

/** What each mutation changes on the server, as the queries that show it. */
export const AFFECTED_QUERIES: Record<MutationName, readonly QueryName[]> = {
  activateTechnicalBenefits: [
    "technicalBenefits",
    "organizationOverview",
    "supportContracts",
    "supportPlans",
    "organizationAlerts",
    "eligibility",
  ],
  linkSupportContract: ["viewer", "supportPlans", "organizationAlerts", "eligibility"],
  createSupportIncident: ["incidents", ...REMAINING_INCIDENTS],
  withdrawSupportIncident: [...INCIDENT_STATUS, ...REMAINING_INCIDENTS],
  // Resolving refunds nothing: only the incident's status changes.
  resolveSupportIncident: INCIDENT_STATUS,
  // Starting work refunds nothing either (it only ends the requester's right to withdraw).
  startWorkOnSupportIncident: INCIDENT_STATUS,
  // A note is one more timeline event and moves the incident's `updatedAt`.
  addSupportIncidentNote: ["incidentTimeline", "incidentByNumber", "incidents"],
  requestTpdEngagement: ["tpdBalance", "organizationOverview"],
  upsertProduct: ["products"],
  // A new release moves N and N-1: coverage windows and eligibility change with it.
  addProductVersion: ["products", "supportPlans", "coverageWindows", "eligibility"],
  grantMembershipOffer: OFFER_CHANGED,
  revokeMembershipOffer: OFFER_CHANGED,
  // The viewer's own roles and permissions may change; so do who can activate.
  assignUserRole: ["organizationUsers", "viewer", "technicalBenefits", "eligibility"],
  removeUserRole: ["organizationUsers", "viewer", "technicalBenefits", "eligibility"],
  // The contract's linked accounts and count, the unlinked account's own contracts and plans, the "outside account" alert.
  unlinkSupportContractAccount: [
    "organizationLinkedAccounts",
    "supportContracts",
    "organizationOverview",
    "organizationAlerts",
    "viewer",
    "supportPlans",
    "eligibility",
  ],
  // The benefits screen shows the Access ID; links are kept, so nothing else changes.
  rotateAccessId: ["technicalBenefits", "organizationOverview"],
};

/** Every mutation call leaves an audit entry, refused and denied ones too: the log re-reads after each. */
export const AUDITED_QUERIES: readonly QueryName[] = ["auditLog"];
