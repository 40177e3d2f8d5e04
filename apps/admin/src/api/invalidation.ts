/** The SDK's read operations the console caches (the first part of every query key). */
export type QueryName =
  | "viewer"
  | "organizationOverview"
  | "technicalBenefits"
  | "supportContracts"
  | "customers"
  | "incidents"
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
  | "requestTpdEngagement"
  | "upsertProduct"
  | "addProductVersion"
  | "grantMembershipOffer"
  | "revokeMembershipOffer"
  | "assignUserRole"
  | "removeUserRole";

// Contracts' remaining incidents appear in the viewer (linked contracts), the overview, the
// contracts list and each plan's `remaining`: anything that spends or refunds one re-reads them all.
const REMAINING_INCIDENTS: QueryName[] = ["viewer", "organizationOverview", "supportContracts", "supportPlans"];

/** What each mutation changes on the server, as the queries that show it. */
export const AFFECTED_QUERIES: Record<MutationName, readonly QueryName[]> = {
  activateTechnicalBenefits: ["technicalBenefits", "organizationOverview", "supportContracts", "supportPlans"],
  linkSupportContract: ["viewer", "supportPlans"],
  createSupportIncident: ["incidents", ...REMAINING_INCIDENTS],
  withdrawSupportIncident: ["incidents", ...REMAINING_INCIDENTS],
  // Resolving refunds nothing: only the incident's status changes.
  resolveSupportIncident: ["incidents"],
  requestTpdEngagement: ["tpdBalance", "organizationOverview"],
  upsertProduct: ["products"],
  addProductVersion: ["products", "supportPlans"],
  grantMembershipOffer: ["membershipOffers", "organizationOverview", "technicalBenefits", "tpdBalance", "supportPlans"],
  revokeMembershipOffer: ["membershipOffers", "organizationOverview", "technicalBenefits", "tpdBalance", "supportPlans"],
  // The viewer's own roles and permissions may change; so do who can activate.
  assignUserRole: ["organizationUsers", "viewer", "technicalBenefits"],
  removeUserRole: ["organizationUsers", "viewer", "technicalBenefits"],
};
