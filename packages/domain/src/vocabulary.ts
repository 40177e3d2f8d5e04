/**
 * The closed vocabularies of the domain. Each is a const object plus its union type, so the
 * values are usable at run time (GraphQL enums, database CHECKs) and exhaustively checkable.
 */

/** Calendar date in ISO form `YYYY-MM-DD`. Dates compare correctly as strings. */
export type IsoDate = string;

/** Relationship of a partner organization to the cloud reseller program. */
export const CspRelationship = {
  NONE: "NONE",
  /** Direct-bill partner or indirect provider: may open cloud incidents for its customers. */
  DIRECT: "DIRECT",
  INDIRECT_RESELLER: "INDIRECT_RESELLER",
  ADVISOR: "ADVISOR",
} as const;
export type CspRelationship = (typeof CspRelationship)[keyof typeof CspRelationship];

/** Kind of user account. */
export const AccountKind = {
  /** Work account of an organization. */
  AAD: "AAD",
  /** Personal Microsoft account (e.g. someone@outlook.com). */
  MSA: "MSA",
} as const;
export type AccountKind = (typeof AccountKind)[keyof typeof AccountKind];

/** Roles a user holds in its organization; SUPPORT_OPERATOR is the program owner's staff. */
export const Role = {
  GLOBAL_ADMIN: "GLOBAL_ADMIN",
  MPN_PARTNER_ADMIN: "MPN_PARTNER_ADMIN",
  ADMIN_AGENT: "ADMIN_AGENT",
  HELPDESK_AGENT: "HELPDESK_AGENT",
  SALES_AGENT: "SALES_AGENT",
  BILLING_ADMIN: "BILLING_ADMIN",
  USER_MANAGEMENT_ADMIN: "USER_MANAGEMENT_ADMIN",
  REPORT_VIEWER: "REPORT_VIEWER",
  SUPPORT_OPERATOR: "SUPPORT_OPERATOR",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Membership offer level. */
export const OfferLevel = {
  ACTION_PACK: "ACTION_PACK",
  SILVER: "SILVER",
  GOLD: "GOLD",
} as const;
export type OfferLevel = (typeof OfferLevel)[keyof typeof OfferLevel];

/** Product family: decides which support plan may pay for an incident. */
export const ProductFamily = {
  ON_PREMISES: "ON_PREMISES",
  CLOUD: "CLOUD",
} as const;
export type ProductFamily = (typeof ProductFamily)[keyof typeof ProductFamily];

/** Kind of support contract created by activation. */
export const ContractKind = {
  /** Product support incidents, on-premises products only. */
  ON_PREMISES: "ON_PREMISES",
  /** Signature cloud support incidents, cloud products only. */
  CLOUD: "CLOUD",
} as const;
export type ContractKind = (typeof ContractKind)[keyof typeof ContractKind];

/** The plan that pays for an incident. */
export const PlanKind = {
  PRODUCT_SUPPORT: "PRODUCT_SUPPORT",
  SIGNATURE_CLOUD: "SIGNATURE_CLOUD",
  /**
   * Microsoft 365 requests by a program-associated user of an organization with activated
   * signature cloud support: on that organization's cloud contract, without linking it; consumes
   * from it unless it is unlimited. (Incidents created before this rule have no contract.)
   */
  MICROSOFT_365: "MICROSOFT_365",
  /** A DIRECT CSP partner's Azure requests for its customers: no contract, consumes nothing. */
  CLOUD_SOLUTION_PROVIDER: "CLOUD_SOLUTION_PROVIDER",
} as const;
export type PlanKind = (typeof PlanKind)[keyof typeof PlanKind];

/** Incident severity. */
export const Severity = {
  /** Critical. */
  A: "A",
  /** High. */
  B: "B",
  /** Normal. */
  C: "C",
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Incident lifecycle. */
export const IncidentStatus = {
  OPEN: "OPEN",
  IN_PROGRESS: "IN_PROGRESS",
  RESOLVED: "RESOLVED",
  WITHDRAWN: "WITHDRAWN",
} as const;
export type IncidentStatus = (typeof IncidentStatus)[keyof typeof IncidentStatus];

/** What happened to an incident, as recorded in its timeline (oldest first). */
export const IncidentEventKind = {
  /** The incident was opened. */
  CREATED: "CREATED",
  /** Support started working on it (OPEN -> IN_PROGRESS). */
  WORK_STARTED: "WORK_STARTED",
  /** It was resolved. */
  RESOLVED: "RESOLVED",
  /** It was withdrawn. */
  WITHDRAWN: "WITHDRAWN",
  /** Someone added a note. */
  NOTE_ADDED: "NOTE_ADDED",
  /** Severity, contact or description changed. */
  UPDATED: "UPDATED",
} as const;
export type IncidentEventKind = (typeof IncidentEventKind)[keyof typeof IncidentEventKind];

/** Presales and deployment engagement kind. */
export const TpdKind = {
  PRESALES: "PRESALES",
  DEPLOYMENT: "DEPLOYMENT",
} as const;
export type TpdKind = (typeof TpdKind)[keyof typeof TpdKind];

/** The cloud competencies, exactly; every other competency is not cloud. */
export const CLOUD_COMPETENCIES = [
  "Security",
  "Cloud Business Applications",
  "Cloud Platform",
  "Cloud Productivity",
  "Enterprise Mobility Management",
  "Small and Midmarket Cloud Solutions",
] as const;
