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
  | "tpdBalance"
  | "organizations"
  | "organizationUsers"
  | "membershipOffers";

export type MutationName =
  | "activateTechnicalBenefits"
  | "linkSupportContract"
  | "createSupportIncident"
  | "withdrawSupportIncident"
  | "resolveSupportIncident"
  | "addSupportIncidentNote"
  | "requestTpdEngagement"
  | "upsertProduct"
  | "addProductVersion"
  | "grantMembershipOffer"
  | "revokeMembershipOffer"
  | "assignUserRole"
  | "removeUserRole";

// Contracts' remaining incidents appear in the viewer (linked contracts), the overview, the
// contracts list and each plan's `remaining`: anything that spends or refunds one re-reads them all.
const REMAINING_INCIDENTS: QueryName[] = ["viewer", "organizationOverview", "supportContracts", "supportPlans", "organizationAlerts"];
// An incident's status shows in the lists, on its detail screen and as an event in its timeline.
const INCIDENT_STATUS: QueryName[] = ["incidents", "incidentByNumber", "incidentTimeline"];

/** What each mutation changes on the server, as the queries that show it. */
export const AFFECTED_QUERIES: Record<MutationName, readonly QueryName[]> = {
  activateTechnicalBenefits: ["technicalBenefits", "organizationOverview", "supportContracts", "supportPlans", "organizationAlerts"],
  linkSupportContract: ["viewer", "supportPlans", "organizationAlerts"],
  createSupportIncident: ["incidents", ...REMAINING_INCIDENTS],
  withdrawSupportIncident: [...INCIDENT_STATUS, ...REMAINING_INCIDENTS],
  // Resolving refunds nothing: only the incident's status changes.
  resolveSupportIncident: INCIDENT_STATUS,
  // A note is one more timeline event and moves the incident's `updatedAt`.
  addSupportIncidentNote: ["incidentTimeline", "incidentByNumber", "incidents"],
  requestTpdEngagement: ["tpdBalance", "organizationOverview"],
  upsertProduct: ["products"],
  addProductVersion: ["products", "supportPlans"],
  grantMembershipOffer: [
    "membershipOffers",
    "organizationOverview",
    "technicalBenefits",
    "tpdBalance",
    "supportPlans",
    "organizationAlerts",
  ],
  revokeMembershipOffer: [
    "membershipOffers",
    "organizationOverview",
    "technicalBenefits",
    "tpdBalance",
    "supportPlans",
    "organizationAlerts",
  ],
  // The viewer's own roles and permissions may change; so do who can activate.
  assignUserRole: ["organizationUsers", "viewer", "technicalBenefits"],
  removeUserRole: ["organizationUsers", "viewer", "technicalBenefits"],
};
