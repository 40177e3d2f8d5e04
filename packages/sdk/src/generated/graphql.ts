/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '../typed-document.js';
/** Kind of account. */
export type AccountKind =
  /** Work account of an organization. */
  | 'AAD'
  /** Personal Microsoft account (e.g. someone@outlook.com). */
  | 'MSA';

/** Which organization's benefits to activate. */
export type ActivateTechnicalBenefitsInput = {
  /** Your organization's ID; defaults to your organization. */
  organizationId?: string | number | null | undefined;
};

/** A new version of a product, with its lifecycle dates. */
export type AddProductVersionInput = {
  /** Last day of extended support (inclusive). Required for on-premises products; on or after the mainstream end. */
  extendedEndOn?: string | null | undefined;
  /** Last day of mainstream support (inclusive). Required for on-premises products; after the release date. */
  mainstreamEndOn?: string | null | undefined;
  /** Version name, unique within the product, e.g. `2025`. */
  name: string;
  /** The product (a Product ID). */
  productId: string | number;
  /** Release date (the first day the version exists). */
  releasedOn: string;
};

/** A note for an incident's timeline. */
export type AddSupportIncidentNoteInput = {
  /** The note (required, trimmed, at most `inputLimits.incidentNote` characters). */
  body: string;
  /** Client-chosen key (1-200 characters): sending the same note with the same key again returns the first note and adds nothing; the same key with another body is IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: string | null | undefined;
  /** The incident (a SupportIncident ID). */
  supportIncidentId: string | number;
};

/** What an organization alert is about. */
export type AlertKind =
  /** A support contract in force ends within 30 days. */
  | 'CONTRACT_ENDING'
  /** A limited support contract in force has 20% or fewer of its incidents left (none left included). */
  | 'CONTRACT_LOW_INCIDENTS'
  /** An active membership offer ends within 30 days. */
  | 'OFFER_ENDING'
  /** An account outside the organization linked its support contracts within the last 30 days. */
  | 'OUTSIDE_ACCOUNT_LINKED'
  /** The next benefit year can be activated. */
  | 'RENEWAL_AVAILABLE';

/** How many incidents an allowance grants. */
export type AllowanceKind =
  /** A fixed number of incidents per year (`count`). */
  | 'LIMITED'
  /** No incidents of this kind. */
  | 'NONE'
  /** Unlimited incidents (use is counted but never runs out). */
  | 'UNLIMITED';

/** Grant a role to a user of your organization (any organization for the platform operator). */
export type AssignUserRoleInput = {
  /** The role to grant. SUPPORT_OPERATOR: platform operator only; GLOBAL_ADMIN: a Global Admin or the operator. */
  role: Role;
  /** The user who receives the role. */
  userId: string | number;
};

/** Narrows the audit log; every given criterion must match. */
export type AuditLogFilter = {
  /** Only this action (exact name, e.g. `assignUserRole`). */
  action?: string | null | undefined;
  /** Only entries whose actor is this user. */
  actorId?: string | number | null | undefined;
  /** Only entries with this outcome. */
  outcome?: AuditOutcome | null | undefined;
};

/** What became of an audited action. */
export type AuditOutcome =
  /** The caller's roles did not allow it (FORBIDDEN or NOT_AUTHORIZED); nothing ran. */
  | 'DENIED'
  /** A business rule refused it; the caller received `userErrors` and nothing changed. */
  | 'REFUSED'
  /** The action was carried out. */
  | 'SUCCEEDED'
  /** The caller was throttled (RATE_LIMITED); nothing ran. */
  | 'THROTTLED';

/** State of the organization's technical support benefits. */
export type BenefitsState =
  /** Activated: the Access ID and Contract ID exist (even if the offers have since ended). `isRenewalDue` / `isUpgradeAvailable` say whether activating again would issue something. */
  | 'ACTIVE'
  /** Active offers, benefits not activated yet: a GLOBAL_ADMIN or MPN_PARTNER_ADMIN can activate. */
  | 'NOT_ACTIVATED'
  /** No active membership offer: the empty state "Looks like you don't have any benefits yet". */
  | 'NO_BENEFITS';

/** Kind of support contract created by activation. */
export type ContractKind =
  /** Signature cloud support incidents: cloud products only. */
  | 'CLOUD'
  /** Product support incidents: on-premises products only. */
  | 'ON_PREMISES';

/** Where a support contract stands on a date (`SupportContract.state(asOf:)`). */
export type ContractState =
  /** In force (startsOn <= date < endsOn) and incidents remain (or unlimited): usable. */
  | 'ACTIVE'
  /** A limited contract with no incidents left. */
  | 'EXHAUSTED'
  /** The date is on or after `endsOn` (the exclusive end); wins over EXHAUSTED. */
  | 'EXPIRED'
  /** The date is before `startsOn`. */
  | 'NOT_STARTED';

/** Why a product version is covered by the technical support benefits on a date, or why not. */
export type CoverageReason =
  /** Covered: cloud products have no version rule. */
  | 'CLOUD_PRODUCT'
  /** Covered: the newest version released on or before the date (N). */
  | 'CURRENT_VERSION'
  /** Not covered: released after the date. */
  | 'NOT_RELEASED'
  /** Not covered: two or more versions behind the current one (N-2 and older). */
  | 'OLDER_VERSION'
  /** Covered: the previous version (N-1), still inside mainstream support. */
  | 'PREVIOUS_VERSION_IN_MAINSTREAM'
  /** Not covered: the previous version (N-1) after its mainstream support ended. */
  | 'PREVIOUS_VERSION_OUT_OF_MAINSTREAM'
  /** Not covered: the version is not in the product's catalog. */
  | 'UNKNOWN_VERSION';

/** How a version stands during a coverage window. */
export type CoverageStatus =
  /** The newest released version (N): covered. */
  | 'COVERED_AS_N'
  /** The version before N, inside its mainstream support: covered. */
  | 'COVERED_AS_N_MINUS_1_MAINSTREAM'
  /** A cloud product: covered without a version rule. */
  | 'COVERED_CLOUD_PRODUCT'
  /** Not covered: not released yet, N-1 after its mainstream end, or N-2 and older. */
  | 'NOT_COVERED';

/** Why a coverage window ends on its `to` date. */
export type CoverageWindowEnd =
  /** The asked range ends; the status goes on after it. */
  | 'END_OF_RANGE'
  /** Mainstream support ended the day before `to`. */
  | 'MAINSTREAM_END'
  /** A newer version is released on `to` (N becomes N-1, N-1 becomes N-2). */
  | 'NEWER_RELEASE'
  /** The version itself is released on `to`. */
  | 'RELEASED';

/** A new support incident. */
export type CreateSupportIncidentInput = {
  /** Who support should contact. */
  contact: IncidentContactInput;
  /** The CSP customer the incident is for (a CspCustomer ID); omit for your own organization. */
  customerId?: string | number | null | undefined;
  /** Full description (required, at most 10 000 characters). */
  description: string;
  /** Client-chosen key (1-200 characters), per account, kept at least 24 hours: the same request with the same key returns the first incident and consumes nothing more; a different request with the same key is refused (userError IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Use a plan of this kind instead of the default plan. */
  planKind?: PlanKind | null | undefined;
  /** The product version (a ProductVersion ID). */
  productVersionId: string | number;
  /** A critical, B high, C normal. */
  severity: Severity;
  /** Charge this support contract (a SupportContract node ID, not the Contract ID shown to partners) instead of the default plan. */
  supportContractId?: string | number | null | undefined;
  /** Short summary (required, at most 200 characters). */
  title: string;
};

/** Relationship of an organization to the Cloud Solution Provider program. */
export type CspRelationship =
  /** Advisor: may not open cloud incidents for its customers. */
  | 'ADVISOR'
  /** Direct-bill partner or indirect provider: may open cloud incidents for its customers. */
  | 'DIRECT'
  /** Indirect reseller: may not open cloud incidents for its customers. */
  | 'INDIRECT_RESELLER'
  /** Not a CSP partner. */
  | 'NONE';

/** The rules of eligibility, in the order they are walked. */
export type EligibilityRule =
  /** The technical benefits are activated. */
  | 'ACTIVATION'
  /** A support contract of the right kind is in force with incidents left. */
  | 'CONTRACT'
  /** For a CSP customer: the partner relationship and the Admin Agent role allow the request. */
  | 'CSP_ROLE'
  /** The offers grant support for this kind of product. */
  | 'ENTITLEMENT'
  /** Your account is linked to that contract. */
  | 'LINK'
  /** The organization has an active membership offer. */
  | 'OFFER'
  /** The product version is covered (N, or N-1 in mainstream). */
  | 'VERSION_COVERAGE';

/** A membership offer to grant to an organization. */
export type GrantMembershipOfferInput = {
  /** Competency: required for SILVER and GOLD, must be absent for ACTION_PACK. Cloud competencies are spelled canonically. */
  competency?: string | null | undefined;
  /** End of the offer (exclusive: the first day it is no longer active); must be after startsOn. */
  endsOn: string;
  /** Offer level. */
  level: OfferLevel;
  /** Organization that earns the offer. */
  organizationId: string | number;
  /** First day of the offer (inclusive). */
  startsOn: string;
};

/** Who support should contact. */
export type IncidentContactInput = {
  /** Contact e-mail address (required, name@domain.tld, at most 254 characters). */
  email: string;
  /** Contact name (required, at most 100 characters). */
  name: string;
  /** Contact phone (optional, at most 30 characters). */
  phone?: string | null | undefined;
};

/** Incident lifecycle. */
export type IncidentStatus =
  /** Support is working on it. */
  | 'IN_PROGRESS'
  /** Opened; support has not started. The requester may withdraw it for a refund. */
  | 'OPEN'
  /** Closed as resolved; never refunded. */
  | 'RESOLVED'
  /** Withdrawn by its requester before work started; the incident was refunded. */
  | 'WITHDRAWN';

/** The Access ID and Contract ID your organization's admin received at activation. */
export type LinkSupportContractInput = {
  /** The Access ID shown to partners on the technical benefits page (case and surrounding spaces are ignored). */
  accessId: string;
  /** The Contract ID shown to partners on the technical benefits page, e.g. `CID-...` (case and surrounding spaces are ignored). Not a node ID. */
  contractNumber: string;
};

/** What to do to get past a failed step. */
export type NextAction =
  /** An admin activates the technical benefits (`actors` names who can). */
  | 'ACTIVATE'
  /** Ask an Admin Agent of your organization to open the request. */
  | 'ASK_ADMIN_AGENT'
  /** Buy Premier Support for Partners (all products) or Advanced Support for Partners (cloud products). */
  | 'BUY_PAID_SUPPORT'
  /** Link the contract to your account with the Access ID and Contract ID. */
  | 'LINK';

/** Membership offer level. */
export type OfferLevel =
  /** Action Pack: 10 on-premises incidents, no cloud incidents. */
  | 'ACTION_PACK'
  /** Gold: 20 on-premises incidents; unlimited cloud incidents in a cloud competency, otherwise 10. */
  | 'GOLD'
  /** Silver: 15 on-premises incidents; unlimited cloud incidents in a cloud competency, otherwise 5. */
  | 'SILVER';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: smallest, oldest or first letter first. */
  | 'ASC'
  /** Descending: largest, newest or last letter first. */
  | 'DESC';

/** Paid partner support plans suggested when no benefit plan is available. */
export type PaidPlanKind =
  /** Advanced Support for Partners: cloud products only. */
  | 'ADVANCED_SUPPORT_FOR_PARTNERS'
  /** Premier Support for Partners: all products. */
  | 'PREMIER_SUPPORT_FOR_PARTNERS';

/** The plan that pays for an incident. */
export type PlanKind =
  /** A DIRECT CSP partner's Azure requests for its customers: no contract; consumes nothing. */
  | 'CLOUD_SOLUTION_PROVIDER'
  /** Microsoft 365 requests by a program-associated member of an organization with activated signature cloud support: on that organization's cloud contract without linking it; consumes from it unless unlimited (incidents opened before this rule have no contract). */
  | 'MICROSOFT_365'
  /** An on-premises product support contract. */
  | 'PRODUCT_SUPPORT'
  /** A signature cloud support contract. */
  | 'SIGNATURE_CLOUD';

/** Why a support plan cannot pay for a request (a subset of UserErrorCode, same values). */
export type PlanUnavailableReason =
  /** Your organization has not activated these technical benefits; a Global Admin or MPN Partner Admin can activate them on the benefits page */
  | 'BENEFITS_NOT_ACTIVATED'
  /** The support contract has expired */
  | 'CONTRACT_EXPIRED'
  /** The support contract has not started yet */
  | 'CONTRACT_NOT_STARTED'
  /** Advisors cannot open cloud requests for their customers */
  | 'CSP_ADVISOR'
  /** Indirect resellers cannot open cloud requests for their customers; ask your indirect provider */
  | 'CSP_INDIRECT_RESELLER'
  /** Your organization does not serve this customer */
  | 'CUSTOMER_NOT_SERVED'
  /** Only an Admin Agent can open cloud requests for a customer */
  | 'MISSING_ADMIN_AGENT_ROLE'
  /** You are not authorized for this action */
  | 'NOT_AUTHORIZED'
  /** Only a direct Cloud Solution Provider partner can open cloud requests for a customer */
  | 'NOT_CSP_PARTNER'
  /** Your organization's membership offers do not include this kind of support */
  | 'NOT_ENTITLED'
  /** Link this contract to your account with its Access ID and Contract ID before using it */
  | 'NOT_LINKED'
  /** The support contract has no incidents remaining */
  | 'NO_INCIDENTS_REMAINING'
  /** This product version is not covered by technical support benefits */
  | 'VERSION_NOT_COVERED'
  /** Support plan cannot be used for the specified product */
  | 'WRONG_PRODUCT_KIND';

/** Product family: decides which plan can pay for an incident. */
export type ProductFamily =
  /** Cloud service: no version rule. */
  | 'CLOUD'
  /** Installed software with a fixed lifecycle (N and N-1 in mainstream support are covered). */
  | 'ON_PREMISES';

/** Remove a role from a user of your organization (any organization for the platform operator). */
export type RemoveUserRoleInput = {
  /** The role to remove. SUPPORT_OPERATOR: platform operator only; GLOBAL_ADMIN: a Global Admin or the operator, never from the organization's last Global Admin. */
  role: Role;
  /** The user who loses the role. */
  userId: string | number;
};

/** A presales or deployment engagement request. */
export type RequestTpdEngagementInput = {
  /** What the engagement is about (required, at most 2000 characters). */
  description: string;
  /** Whole hours, 1 to 50, taken from this year's balance. */
  hours: number;
  /** Your key for this request (at most 200 characters), per account, kept at least 24 hours. The same request with the same key returns the first engagement and takes no more hours; a different request with that key is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: string | null | undefined;
  /** Presales or deployment. */
  kind: TpdKind;
  /** Your organization's ID; defaults to your organization. */
  organizationId?: string | number | null | undefined;
};

/** The incident to resolve. */
export type ResolveSupportIncidentInput = {
  /** The incident (a SupportIncident ID). */
  incidentId: string | number;
};

/** A membership offer to revoke. */
export type RevokeMembershipOfferInput = {
  /** The offer's ID. */
  offerId: string | number;
};

/** A role a user holds in its organization. */
export type Role =
  /** Acts for CSP customers; the only role that may open cloud incidents for a customer (DIRECT partners). */
  | 'ADMIN_AGENT'
  /** Billing staff. */
  | 'BILLING_ADMIN'
  /** Administers the organization; may activate benefits and manage users. */
  | 'GLOBAL_ADMIN'
  /** Handles support requests. */
  | 'HELPDESK_AGENT'
  /** Administers the partner program membership; may activate benefits. */
  | 'MPN_PARTNER_ADMIN'
  /** Reads reports. */
  | 'REPORT_VIEWER'
  /** Sales staff. */
  | 'SALES_AGENT'
  /** Program owner's staff: maintains the product catalog and grants membership offers; reads every tenant. */
  | 'SUPPORT_OPERATOR'
  /** Manages users and their roles. */
  | 'USER_MANAGEMENT_ADMIN';

/** Whose Access ID to rotate. */
export type RotateAccessIdInput = {
  /** The organization (global ID); defaults to your own. The platform operator must name one. */
  organizationId?: string | number | null | undefined;
};

/** Incident severity. */
export type Severity =
  /** Critical. */
  | 'A'
  /** High. */
  | 'B'
  /** Normal. */
  | 'C';

/** The incident support starts working on. */
export type StartWorkOnSupportIncidentInput = {
  /** The incident (a SupportIncident ID). */
  incidentId: string | number;
};

/** How an eligibility step ended. */
export type StepResult =
  /** The rule does not hold: see `nextAction`. */
  | 'FAIL'
  /** The rule holds. */
  | 'PASS'
  /** Not evaluated: not needed for this request, or an earlier step failed. */
  | 'SKIPPED';

/** A field `updateSupportIncident` may change. */
export type SupportIncidentEditableField =
  /** `contact` (name, e-mail and phone together). */
  | 'CONTACT'
  /** `description`. */
  | 'DESCRIPTION'
  /** `severity`. */
  | 'SEVERITY';

/** What happened to an incident. */
export type SupportIncidentEventKind =
  /** The incident was opened. */
  | 'CREATED'
  /** Someone added a note. */
  | 'NOTE_ADDED'
  /** It was resolved. */
  | 'RESOLVED'
  /** Its severity, contact or description changed. */
  | 'UPDATED'
  /** It was withdrawn. */
  | 'WITHDRAWN'
  /** Support started working on it (OPEN to IN_PROGRESS). */
  | 'WORK_STARTED';

/** Which incidents to list. All conditions must hold; an absent condition matches everything. */
export type SupportIncidentFilter = {
  /** Opened at or after this instant (inclusive). */
  createdAfter?: string | null | undefined;
  /** Opened before this instant (exclusive), so ranges tile without overlap. */
  createdBefore?: string | null | undefined;
  /** Incidents opened by this user (a User ID). */
  createdById?: string | number | null | undefined;
  /** Incidents for this CSP customer (a CspCustomer ID). */
  customerId?: string | number | null | undefined;
  /** Incidents of this organization (an Organization ID). Another tenant's organization matches nothing. */
  organizationId?: string | number | null | undefined;
  /** Paid by any of these plan kinds (absent or empty: any plan). */
  planKind?: Array<PlanKind> | null | undefined;
  /** Incidents on any version of this product (a Product ID). */
  productId?: string | number | null | undefined;
  /** Incidents on this product version (a ProductVersion ID). */
  productVersionId?: string | number | null | undefined;
  /** Text search, case-insensitive: incidents whose title or description contains it, or whose number it is (`SR-1001` or `1001`). Trimmed; blank matches everything; `%` and `_` are plain characters. At most `inputLimits.incidentSearchQuery` characters. */
  query?: string | null | undefined;
  /** Any of these severities (absent or empty: any severity). */
  severity?: Array<Severity> | null | undefined;
  /** Any of these statuses (absent or empty: any status). */
  status?: Array<IncidentStatus> | null | undefined;
  /** Incidents charged to this support contract (a SupportContract ID). */
  supportContractId?: string | number | null | undefined;
};

/** Sort order of incidents. */
export type SupportIncidentOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** What to sort by. */
  field: SupportIncidentOrderField;
};

/** What to sort incidents by (ties are broken by ID, so pages never overlap). */
export type SupportIncidentOrderField =
  /** When the incident was opened. */
  | 'CREATED_AT'
  /** The incident number. */
  | 'NUMBER'
  /** Severity; ascending puts the most critical (A) first. */
  | 'SEVERITY'
  /** Last change. */
  | 'UPDATED_AT';

/** Kind of presales and deployment engagement. */
export type TpdKind =
  /** Deployment planning and assistance. */
  | 'DEPLOYMENT'
  /** Presales technical consultation. */
  | 'PRESALES';

/** Which account to unlink from which support contract. */
export type UnlinkSupportContractAccountInput = {
  /** The support contract (global ID) of your organization. */
  supportContractId: string | number;
  /** The linked account (global ID of the User). */
  userId: string | number;
};

/** New values for an open incident; absent fields stay as they are (at least one is required). */
export type UpdateSupportIncidentInput = {
  /** Who support should contact (replaces the whole contact). */
  contact?: IncidentContactInput | null | undefined;
  /** Full description (at most 10 000 characters). */
  description?: string | null | undefined;
  /** A critical, B high, C normal. */
  severity?: Severity | null | undefined;
  /** The incident (a SupportIncident ID). */
  supportIncidentId: string | number;
};

/** A product to create, or to replace when a product with this key exists. */
export type UpsertProductInput = {
  /** On-premises or cloud. Cannot change once the product has versions. */
  family: ProductFamily;
  /** Eligible for the Cloud Solution Provider plan (cloud only, e.g. Azure). */
  isCspEligible?: boolean;
  /** Microsoft 365 (cloud only): requests need no contract link. */
  isMicrosoft365?: boolean;
  /** Stable slug (lowercase letters, digits, single hyphens), e.g. `windows-server`. Identifies the product. */
  key: string;
  /** Display name. */
  name: string;
};

/** Why a mutation was refused. Closed set, straight from the business rules. */
export type UserErrorCode =
  /** This account is not linked to this support contract */
  | 'ACCOUNT_NOT_LINKED'
  /** Support is already working on this incident */
  | 'ALREADY_IN_PROGRESS'
  /** The incident is already resolved */
  | 'ALREADY_RESOLVED'
  /** The incident is already withdrawn */
  | 'ALREADY_WITHDRAWN'
  /** Your organization has not activated these technical benefits; a Global Admin or MPN Partner Admin can activate them on the benefits page */
  | 'BENEFITS_NOT_ACTIVATED'
  /** You cannot grant or remove your own roles; ask another administrator */
  | 'CANNOT_CHANGE_OWN_ROLES'
  /** The support contract has expired */
  | 'CONTRACT_EXPIRED'
  /** The support contract has not started yet */
  | 'CONTRACT_NOT_STARTED'
  /** The support contracts of this Contract ID have ended. Your organization has a newer Contract ID: ask its Global Admin or MPN Partner Admin for it */
  | 'CONTRACT_SUPERSEDED'
  /** Advisors cannot open cloud requests for their customers */
  | 'CSP_ADVISOR'
  /** Indirect resellers cannot open cloud requests for their customers; ask your indirect provider */
  | 'CSP_INDIRECT_RESELLER'
  /** Your organization does not serve this customer */
  | 'CUSTOMER_NOT_SERVED'
  /** This product already has a version with this name */
  | 'DUPLICATE_VERSION_NAME'
  /** This field is required */
  | 'FIELD_REQUIRED'
  /** This field is too long */
  | 'FIELD_TOO_LONG'
  /** This idempotency key was already used for a different request; use a new key for a new request */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The incident is closed (resolved or withdrawn); it can no longer be changed */
  | 'INCIDENT_CLOSED'
  /** Not enough presales and deployment hours remain */
  | 'INSUFFICIENT_HOURS'
  /** Enter a valid e-mail address */
  | 'INVALID_EMAIL'
  /** Hours must be a whole number greater than zero */
  | 'INVALID_HOURS'
  /** The value is not valid */
  | 'INVALID_INPUT'
  /** The Access ID and Contract ID do not match an activated benefit. Check both values and try again */
  | 'INVALID_PAIR'
  /** The organization's last Global Admin cannot lose that role; make another user Global Admin first */
  | 'LAST_GLOBAL_ADMIN'
  /** Only an Admin Agent can open cloud requests for a customer */
  | 'MISSING_ADMIN_AGENT_ROLE'
  /** Only a Global Admin or an MPN Partner Admin of your organization can activate the technical benefits */
  | 'MISSING_ROLE'
  /** Name at least one field to change */
  | 'NOTHING_TO_UPDATE'
  /** The technical benefits are not activated yet, so there is no Access ID to rotate */
  | 'NOT_ACTIVATED'
  /** You are not allowed to change the status of this incident */
  | 'NOT_ALLOWED_TO_CHANGE_STATUS'
  /** Only the requester, a Global Admin of its organization or support can update this incident */
  | 'NOT_ALLOWED_TO_UPDATE_INCIDENT'
  /** You are not authorized for this action */
  | 'NOT_AUTHORIZED'
  /** Only a direct Cloud Solution Provider partner can open cloud requests for a customer */
  | 'NOT_CSP_PARTNER'
  /** Your organization's membership offers do not include this kind of support */
  | 'NOT_ENTITLED'
  /** Link this contract to your account with its Access ID and Contract ID before using it */
  | 'NOT_LINKED'
  /** Only the person who opened the incident can withdraw it */
  | 'NOT_REQUESTER'
  /** Looks like you don't have any benefits yet */
  | 'NO_ACTIVE_OFFERS'
  /** The support contract has no incidents remaining */
  | 'NO_INCIDENTS_REMAINING'
  /** You have no support plan for this product. Premier or Advanced Support for Partners can help */
  | 'NO_SUPPORT_PLAN'
  /** Your organization has no presales and deployment hours */
  | 'NO_TPD_ENTITLEMENT'
  /** The requested support plan is not available to this account */
  | 'REQUESTED_PLAN_NOT_FOUND'
  /** Your roles do not allow granting or removing this role */
  | 'ROLE_NOT_ASSIGNABLE'
  /** This product version is not in the product catalog */
  | 'UNKNOWN_VERSION'
  /** This product version is not covered by technical support benefits */
  | 'VERSION_NOT_COVERED'
  /** Support has already started working on this incident */
  | 'WORK_ALREADY_STARTED'
  /** Support plan cannot be used for the specified product */
  | 'WRONG_PRODUCT_KIND';

/** The incident to withdraw. */
export type WithdrawSupportIncidentInput = {
  /** The incident (a SupportIncident ID). */
  incidentId: string | number;
};

export type AuditEntryFieldsFragment = { id: string, occurredAt: string, requestId: string, action: string, targetType: string, targetId: string | null, outcome: AuditOutcome, detail: Record<string, unknown>, actor: { id: string, displayName: string } | null, organization: { id: string, name: string } | null };

export type CoverageFieldsFragment = { asOf: string, isCovered: boolean, reason: CoverageReason, position: number | null, message: string };

export type EntitlementsFieldsFragment = { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } };

type IncidentEventFields_SupportIncidentCreatedEvent_Fragment = { __typename: 'SupportIncidentCreatedEvent', kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null };

type IncidentEventFields_SupportIncidentNoteEvent_Fragment = { __typename: 'SupportIncidentNoteEvent', body: string, kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null };

type IncidentEventFields_SupportIncidentStatusChangedEvent_Fragment = { __typename: 'SupportIncidentStatusChangedEvent', status: IncidentStatus, kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null };

type IncidentEventFields_SupportIncidentUpdatedEvent_Fragment = { __typename: 'SupportIncidentUpdatedEvent', kind: SupportIncidentEventKind, occurredAt: string, changes: Array<{ field: SupportIncidentEditableField, from: string, to: string }>, actor: { id: string, displayName: string } | null };

export type IncidentEventFieldsFragment =
  | IncidentEventFields_SupportIncidentCreatedEvent_Fragment
  | IncidentEventFields_SupportIncidentNoteEvent_Fragment
  | IncidentEventFields_SupportIncidentStatusChangedEvent_Fragment
  | IncidentEventFields_SupportIncidentUpdatedEvent_Fragment
;

export type IncidentFieldsFragment = { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null };

export type LinkedAccountFieldsFragment = { accountKind: AccountKind, isOutsideOrganization: boolean, linkedAt: string, user: { id: string, email: string, displayName: string } | null };

export type MembershipOfferFieldsFragment = { id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ProductVersionFieldsFragment = { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } };

export type SupportContractFieldsFragment = { id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null };

export type SupportPlanChoicesFragment = { available: Array<{ kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null }>, unavailable: Array<{ reason: PlanUnavailableReason, message: string, plan: { kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null } }>, paidPlanSuggestions: Array<{ kind: PaidPlanKind, name: string, description: string }> };

export type SupportPlanFieldsFragment = { kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null };

export type TechnicalBenefitsFieldsFragment = { state: BenefitsState, message: string, canActivate: boolean, activationRefusal: UserErrorCode | null, accessId: string | null, contractNumber: string | null, activatedAt: string | null, usersWhoCanActivate: Array<{ id: string, displayName: string, email: string }>, activatedBy: { id: string, displayName: string } | null, activeOffers: Array<{ id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null }>, entitlements: { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } } };

export type TpdBalanceFieldsFragment = { periodStartsOn: string, periodEndsOn: string, totalHours: number, usedHours: number, remainingHours: number };

export type TpdEngagementFieldsFragment = { id: string, kind: TpdKind, hours: number, description: string, periodStartsOn: string, createdAt: string, createdBy: { id: string, displayName: string } | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string> | null, message: string };

export type UserFieldsFragment = { id: string, email: string, displayName: string, accountKind: AccountKind, isMpnAssociated: boolean, isCspAssociated: boolean, roles: Array<Role> };

export type ActivateTechnicalBenefitsMutationVariables = Exact<{
  input?: ActivateTechnicalBenefitsInput | null | undefined;
}>;


export type ActivateTechnicalBenefitsMutation = { activateTechnicalBenefits: { wasAlreadyActive: boolean, technicalBenefits: { state: BenefitsState, message: string, canActivate: boolean, activationRefusal: UserErrorCode | null, accessId: string | null, contractNumber: string | null, activatedAt: string | null, usersWhoCanActivate: Array<{ id: string, displayName: string, email: string }>, activatedBy: { id: string, displayName: string } | null, activeOffers: Array<{ id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null }>, entitlements: { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } } } | null, contracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AddProductVersionMutationVariables = Exact<{
  input: AddProductVersionInput;
}>;


export type AddProductVersionMutation = { addProductVersion: { productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AddSupportIncidentNoteMutationVariables = Exact<{
  input: AddSupportIncidentNoteInput;
}>;


export type AddSupportIncidentNoteMutation = { addSupportIncidentNote: { replayed: boolean | null, note: { __typename: 'SupportIncidentNoteEvent', body: string, kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null } | null, incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AssignUserRoleMutationVariables = Exact<{
  input: AssignUserRoleInput;
}>;


export type AssignUserRoleMutation = { assignUserRole: { user: { id: string, email: string, displayName: string, accountKind: AccountKind, isMpnAssociated: boolean, isCspAssociated: boolean, roles: Array<Role> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateSupportIncidentMutationVariables = Exact<{
  input: CreateSupportIncidentInput;
}>;


export type CreateSupportIncidentMutation = { createSupportIncident: { isReplay: boolean | null, supportContract: { id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null } | null, incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, supportPlans: { available: Array<{ kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null }>, unavailable: Array<{ reason: PlanUnavailableReason, message: string, plan: { kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null } }>, paidPlanSuggestions: Array<{ kind: PaidPlanKind, name: string, description: string }> } | null } };

export type GrantMembershipOfferMutationVariables = Exact<{
  input: GrantMembershipOfferInput;
}>;


export type GrantMembershipOfferMutation = { grantMembershipOffer: { offer: { id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type LinkSupportContractMutationVariables = Exact<{
  input: LinkSupportContractInput;
}>;


export type LinkSupportContractMutation = { linkSupportContract: { contracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null }> | null, diagnostic: { wasAlreadyLinked: boolean, firstLinkedAt: string, message: string, canOpenIncidents: boolean, contracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveUserRoleMutationVariables = Exact<{
  input: RemoveUserRoleInput;
}>;


export type RemoveUserRoleMutation = { removeUserRole: { user: { id: string, email: string, displayName: string, accountKind: AccountKind, isMpnAssociated: boolean, isCspAssociated: boolean, roles: Array<Role> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RequestTpdEngagementMutationVariables = Exact<{
  input: RequestTpdEngagementInput;
}>;


export type RequestTpdEngagementMutation = { requestTpdEngagement: { isReplay: boolean | null, engagement: { id: string, kind: TpdKind, hours: number, description: string, periodStartsOn: string, createdAt: string, createdBy: { id: string, displayName: string } | null } | null, balance: { periodStartsOn: string, periodEndsOn: string, totalHours: number, usedHours: number, remainingHours: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ResolveSupportIncidentMutationVariables = Exact<{
  input: ResolveSupportIncidentInput;
}>;


export type ResolveSupportIncidentMutation = { resolveSupportIncident: { incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeMembershipOfferMutationVariables = Exact<{
  input: RevokeMembershipOfferInput;
}>;


export type RevokeMembershipOfferMutation = { revokeMembershipOffer: { offer: { id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RotateAccessIdMutationVariables = Exact<{
  input?: RotateAccessIdInput | null | undefined;
}>;


export type RotateAccessIdMutation = { rotateAccessId: { accessId: string | null, linkedAccountCount: number | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type StartWorkOnSupportIncidentMutationVariables = Exact<{
  input: StartWorkOnSupportIncidentInput;
}>;


export type StartWorkOnSupportIncidentMutation = { startWorkOnSupportIncident: { incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UnlinkSupportContractAccountMutationVariables = Exact<{
  input: UnlinkSupportContractAccountInput;
}>;


export type UnlinkSupportContractAccountMutation = { unlinkSupportContractAccount: { supportContract: { id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateSupportIncidentMutationVariables = Exact<{
  input: UpdateSupportIncidentInput;
}>;


export type UpdateSupportIncidentMutation = { updateSupportIncident: { update: { __typename: 'SupportIncidentUpdatedEvent', kind: SupportIncidentEventKind, occurredAt: string, changes: Array<{ field: SupportIncidentEditableField, from: string, to: string }>, actor: { id: string, displayName: string } | null } | null, incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpsertProductMutationVariables = Exact<{
  input: UpsertProductInput;
}>;


export type UpsertProductMutation = { upsertProduct: { wasCreated: boolean | null, product: { id: string, key: string, name: string, family: ProductFamily, isMicrosoft365: boolean, isCspEligible: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WithdrawSupportIncidentMutationVariables = Exact<{
  input: WithdrawSupportIncidentInput;
}>;


export type WithdrawSupportIncidentMutation = { withdrawSupportIncident: { wasRefunded: boolean | null, supportContract: { id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null } | null, incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, requestId: string, action: string, targetType: string, targetId: string | null, outcome: AuditOutcome, detail: Record<string, unknown>, actor: { id: string, displayName: string } | null, organization: { id: string, name: string } | null }> } };

export type CoverageWindowsQueryVariables = Exact<{
  productVersionId: string | number;
  from: string;
  to: string;
}>;


export type CoverageWindowsQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'CspCustomer' }
    | { __typename: 'MembershipOffer' }
    | { __typename: 'Organization' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVersion', id: string, name: string, coveredUntil: string | null, coverageWindows: Array<{ from: string, to: string, status: CoverageStatus, endsBecause: CoverageWindowEnd, message: string }> }
    | { __typename: 'SupportContract' }
    | { __typename: 'SupportIncident' }
    | { __typename: 'TpdEngagement' }
    | { __typename: 'User' }
   | null };

export type CustomersQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersQuery = { organization: { id: string, customers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, domain: string }> } } | null };

export type EligibilityQueryVariables = Exact<{
  productVersionId: string | number;
  customerId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type EligibilityQuery = { eligibility: { asOf: string, isEligible: boolean, steps: Array<{ rule: EligibilityRule, result: StepResult, reason: string, nextAction: NextAction | null, actors: Array<{ id: string, displayName: string, email: string }> }> } };

export type EntitlementsQueryVariables = Exact<{
  organizationId: string | number;
  asOf?: string | null | undefined;
}>;


export type EntitlementsQuery = { organization: { id: string, entitlements: { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } } } | null };

export type IncidentByNumberQueryVariables = Exact<{
  number: string;
}>;


export type IncidentByNumberQuery = { incident: { id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null } | null };

export type IncidentTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentTimelineQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'CspCustomer' }
    | { __typename: 'MembershipOffer' }
    | { __typename: 'Organization' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVersion' }
    | { __typename: 'SupportContract' }
    | { __typename: 'SupportIncident', id: string, number: string, timeline: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<
          | { __typename: 'SupportIncidentCreatedEvent', kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null }
          | { __typename: 'SupportIncidentNoteEvent', body: string, kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null }
          | { __typename: 'SupportIncidentStatusChangedEvent', status: IncidentStatus, kind: SupportIncidentEventKind, occurredAt: string, actor: { id: string, displayName: string } | null }
          | { __typename: 'SupportIncidentUpdatedEvent', kind: SupportIncidentEventKind, occurredAt: string, changes: Array<{ field: SupportIncidentEditableField, from: string, to: string }>, actor: { id: string, displayName: string } | null }
        > } }
    | { __typename: 'TpdEngagement' }
    | { __typename: 'User' }
   | null };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'CspCustomer' }
    | { __typename: 'MembershipOffer' }
    | { __typename: 'Organization' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVersion' }
    | { __typename: 'SupportContract' }
    | { __typename: 'SupportIncident', id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null }
    | { __typename: 'TpdEngagement' }
    | { __typename: 'User' }
   | null };

export type IncidentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SupportIncidentFilter | null | undefined;
  orderBy?: SupportIncidentOrder | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, number: string, sequenceNumber: number, title: string, description: string, severity: Severity, status: IncidentStatus, planKind: PlanKind, wasConsumed: boolean, isRefunded: boolean, createdAt: string, updatedAt: string, resolvedAt: string | null, withdrawnAt: string | null, viewerCanStartWork: boolean, supportContract: { id: string } | null, contact: { name: string, email: string, phone: string | null }, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, createdBy: { id: string, displayName: string, email: string } | null, customer: { id: string, name: string } | null, organization: { id: string, name: string } | null }> } };

export type InputLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type InputLimitsQuery = { inputLimits: { incidentTitle: number, incidentDescription: number, contactName: number, contactEmail: number, contactPhone: number } };

export type LinkedAccountsQueryVariables = Exact<{
  supportContractId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LinkedAccountsQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'CspCustomer' }
    | { __typename: 'MembershipOffer' }
    | { __typename: 'Organization' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVersion' }
    | { __typename: 'SupportContract', id: string, linkedAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { accountKind: AccountKind, isOutsideOrganization: boolean, linkedAt: string, user: { id: string, email: string, displayName: string } | null } }> } | null }
    | { __typename: 'SupportIncident' }
    | { __typename: 'TpdEngagement' }
    | { __typename: 'User' }
   | null };

export type MembershipOffersQueryVariables = Exact<{
  organizationId: string | number;
  includeInactive?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MembershipOffersQuery = { organization: { id: string, membershipOffers: Array<{ id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null, isActiveAsOf: boolean }> } | null };

export type OrganizationAlertsQueryVariables = Exact<{
  organizationId: string | number;
  asOf?: string | null | undefined;
}>;


export type OrganizationAlertsQuery = { organization: { id: string, alerts: Array<{ kind: AlertKind, message: string, actionHint: string, occursOn: string, daysFromAsOf: number, actors: Array<{ id: string, displayName: string, email: string }>, supportContract: { id: string, kind: ContractKind } | null, membershipOffer: { id: string, level: OfferLevel, competency: string | null } | null, user: { id: string, email: string, accountKind: AccountKind } | null }> } | null };

export type OrganizationAuditLogQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type OrganizationAuditLogQuery = { organization: { id: string, auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, requestId: string, action: string, targetType: string, targetId: string | null, outcome: AuditOutcome, detail: Record<string, unknown>, actor: { id: string, displayName: string } | null, organization: { id: string, name: string } | null }> } } | null };

export type OrganizationLinkedAccountsQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
}>;


export type OrganizationLinkedAccountsQuery = { organization: { id: string, supportContracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, linkedAccounts: { totalCount: number, nodes: Array<{ accountKind: AccountKind, isOutsideOrganization: boolean, linkedAt: string, user: { id: string, email: string, displayName: string } | null }> } | null }> } | null };

export type OrganizationOverviewQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type OrganizationOverviewQuery = { organization: { id: string, name: string, cspRelationship: CspRelationship, membershipOffers: Array<{ id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null, isActiveAsOf: boolean }>, entitlements: { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } }, supportContracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null, stateAsOf: ContractState }>, tpdBalance: { periodStartsOn: string, periodEndsOn: string, totalHours: number, usedHours: number, remainingHours: number } } | null };

export type OrganizationUsersQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationUsersQuery = { organization: { id: string, users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, email: string, displayName: string, accountKind: AccountKind, isMpnAssociated: boolean, isCspAssociated: boolean, roles: Array<Role> }> } } | null };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, cspRelationship: CspRelationship } | null };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, cspRelationship: CspRelationship }> } };

export type ProductsQueryVariables = Exact<{
  family?: ProductFamily | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ProductsQuery = { products: Array<{ id: string, key: string, name: string, family: ProductFamily, isMicrosoft365: boolean, isCspEligible: boolean, versions: Array<{ id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, coverage: { asOf: string, isCovered: boolean, reason: CoverageReason, position: number | null, message: string } }> }> };

export type SupportContractsQueryVariables = Exact<{
  organizationId: string | number;
  asOf?: string | null | undefined;
}>;


export type SupportContractsQuery = { organization: { id: string, supportContracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null, stateAsOf: ContractState }> } | null };

export type SupportPlansQueryVariables = Exact<{
  productVersionId: string | number;
  asOf?: string | null | undefined;
  customerId?: string | number | null | undefined;
}>;


export type SupportPlansQuery = { supportPlans: { asOf: string, productVersion: { id: string, name: string, releasedOn: string, mainstreamEndOn: string | null, extendedEndOn: string | null, product: { id: string, key: string, name: string, family: ProductFamily } }, coverage: { asOf: string, isCovered: boolean, reason: CoverageReason, position: number | null, message: string }, customer: { id: string, name: string } | null, available: Array<{ kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null }>, unavailable: Array<{ reason: PlanUnavailableReason, message: string, plan: { kind: PlanKind, isConsuming: boolean, startsOn: string | null, endsOn: string | null, remainingIncidentCount: number | null, isUnlimited: boolean, supportContract: { id: string } | null } }>, paidPlanSuggestions: Array<{ kind: PaidPlanKind, name: string, description: string }> } };

export type TechnicalBenefitsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type TechnicalBenefitsQuery = { organization: { id: string, technicalBenefits: { state: BenefitsState, message: string, canActivate: boolean, activationRefusal: UserErrorCode | null, accessId: string | null, contractNumber: string | null, activatedAt: string | null, usersWhoCanActivate: Array<{ id: string, displayName: string, email: string }>, activatedBy: { id: string, displayName: string } | null, activeOffers: Array<{ id: string, level: OfferLevel, competency: string | null, isCloudCompetency: boolean, startsOn: string, endsOn: string, isActive: boolean, revokedAt: string | null }>, entitlements: { asOf: string, onPremisesIncidentCount: number, tpdHours: number, cloudCompetencies: Array<string>, cloudIncidents: { kind: AllowanceKind, count: number | null, isUnlimited: boolean } } } } | null };

export type TpdBalanceQueryVariables = Exact<{
  organizationId: string | number;
  asOf?: string | null | undefined;
}>;


export type TpdBalanceQuery = { organization: { id: string, tpdBalance: { periodStartsOn: string, periodEndsOn: string, totalHours: number, usedHours: number, remainingHours: number, engagements: Array<{ id: string, kind: TpdKind, hours: number, description: string, periodStartsOn: string, createdAt: string, createdBy: { id: string, displayName: string } | null }> } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, accountKind: AccountKind, isMpnAssociated: boolean, isCspAssociated: boolean, roles: Array<Role>, organization: { id: string, name: string, cspRelationship: CspRelationship } | null, linkedContracts: Array<{ id: string, kind: ContractKind, state: ContractState, startsOn: string, endsOn: string, isUnlimited: boolean, totalIncidentCount: number | null, remainingIncidentCount: number | null, usedIncidentCount: number, linkedAt: string | null, linkedAccountCount: number | null }> | null, permissions: { canActForOrganization: boolean, canReadAllOrganizations: boolean, canLinkContracts: boolean, canManageCatalog: boolean, canManageRoles: boolean, canManageLinkedAccounts: boolean, canReadAuditLog: boolean, assignableRoles: Array<Role> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuditEntryFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  id
  occurredAt
  requestId
  action
  targetType
  targetId
  outcome
  detail
  actor {
    id
    displayName
  }
  organization {
    id
    name
  }
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment CoverageFields on ProductCoverage {
  asOf
  isCovered
  reason
  position
  message
}
    `, {"fragmentName":"CoverageFields"}) as unknown as TypedDocumentString<CoverageFieldsFragment, unknown>;
export const IncidentEventFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment IncidentEventFields on SupportIncidentEvent {
  __typename
  kind
  occurredAt
  actor {
    id
    displayName
  }
  ... on SupportIncidentStatusChangedEvent {
    status
  }
  ... on SupportIncidentNoteEvent {
    body
  }
  ... on SupportIncidentUpdatedEvent {
    changes {
      field
      from
      to
    }
  }
}
    `, {"fragmentName":"IncidentEventFields"}) as unknown as TypedDocumentString<IncidentEventFieldsFragment, unknown>;
export const ProductVersionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
    `, {"fragmentName":"ProductVersionFields"}) as unknown as TypedDocumentString<ProductVersionFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
    fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}`, {"fragmentName":"IncidentFields"}) as unknown as TypedDocumentString<IncidentFieldsFragment, unknown>;
export const LinkedAccountFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment LinkedAccountFields on LinkedAccount {
  accountKind
  isOutsideOrganization
  linkedAt
  user {
    id
    email
    displayName
  }
}
    `, {"fragmentName":"LinkedAccountFields"}) as unknown as TypedDocumentString<LinkedAccountFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const SupportContractFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
    `, {"fragmentName":"SupportContractFields"}) as unknown as TypedDocumentString<SupportContractFieldsFragment, unknown>;
export const SupportPlanFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SupportPlanFields on SupportPlan {
  kind
  supportContract {
    id
  }
  isConsuming
  startsOn
  endsOn
  remainingIncidentCount
  isUnlimited
}
    `, {"fragmentName":"SupportPlanFields"}) as unknown as TypedDocumentString<SupportPlanFieldsFragment, unknown>;
export const SupportPlanChoicesFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SupportPlanChoices on SupportPlanListing {
  available {
    ...SupportPlanFields
  }
  unavailable {
    reason
    message
    plan {
      ...SupportPlanFields
    }
  }
  paidPlanSuggestions {
    kind
    name
    description
  }
}
    fragment SupportPlanFields on SupportPlan {
  kind
  supportContract {
    id
  }
  isConsuming
  startsOn
  endsOn
  remainingIncidentCount
  isUnlimited
}`, {"fragmentName":"SupportPlanChoices"}) as unknown as TypedDocumentString<SupportPlanChoicesFragment, unknown>;
export const MembershipOfferFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
    `, {"fragmentName":"MembershipOfferFields"}) as unknown as TypedDocumentString<MembershipOfferFieldsFragment, unknown>;
export const EntitlementsFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}
    `, {"fragmentName":"EntitlementsFields"}) as unknown as TypedDocumentString<EntitlementsFieldsFragment, unknown>;
export const TechnicalBenefitsFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TechnicalBenefitsFields on TechnicalBenefits {
  state
  message
  canActivate
  activationRefusal
  usersWhoCanActivate {
    id
    displayName
    email
  }
  accessId
  contractNumber
  activatedAt
  activatedBy {
    id
    displayName
  }
  activeOffers {
    ...MembershipOfferFields
  }
  entitlements {
    ...EntitlementsFields
  }
}
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}
fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}`, {"fragmentName":"TechnicalBenefitsFields"}) as unknown as TypedDocumentString<TechnicalBenefitsFieldsFragment, unknown>;
export const TpdBalanceFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TpdBalanceFields on TpdBalance {
  periodStartsOn
  periodEndsOn
  totalHours
  usedHours
  remainingHours
}
    `, {"fragmentName":"TpdBalanceFields"}) as unknown as TypedDocumentString<TpdBalanceFieldsFragment, unknown>;
export const TpdEngagementFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TpdEngagementFields on TpdEngagement {
  id
  kind
  hours
  description
  periodStartsOn
  createdAt
  createdBy {
    id
    displayName
  }
}
    `, {"fragmentName":"TpdEngagementFields"}) as unknown as TypedDocumentString<TpdEngagementFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  displayName
  accountKind
  isMpnAssociated
  isCspAssociated
  roles
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ActivateTechnicalBenefitsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ActivateTechnicalBenefits($input: ActivateTechnicalBenefitsInput) {
  activateTechnicalBenefits(input: $input) {
    wasAlreadyActive
    technicalBenefits {
      ...TechnicalBenefitsFields
    }
    contracts {
      ...SupportContractFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}
fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment TechnicalBenefitsFields on TechnicalBenefits {
  state
  message
  canActivate
  activationRefusal
  usersWhoCanActivate {
    id
    displayName
    email
  }
  accessId
  contractNumber
  activatedAt
  activatedBy {
    id
    displayName
  }
  activeOffers {
    ...MembershipOfferFields
  }
  entitlements {
    ...EntitlementsFields
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:8f69c6a8032f72e125f641c93daa486c7028e0dda1eb95d2c334c95023d173ae"}) as unknown as TypedDocumentString<ActivateTechnicalBenefitsMutation, ActivateTechnicalBenefitsMutationVariables>;
export const AddProductVersionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddProductVersion($input: AddProductVersionInput!) {
  addProductVersion(input: $input) {
    productVersion {
      ...ProductVersionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:bc90f45f0a506c1de7b0c9f8025ddd6f7fedd892bfdc444997a2f317cc763909"}) as unknown as TypedDocumentString<AddProductVersionMutation, AddProductVersionMutationVariables>;
export const AddSupportIncidentNoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddSupportIncidentNote($input: AddSupportIncidentNoteInput!) {
  addSupportIncidentNote(input: $input) {
    replayed
    note {
      ...IncidentEventFields
    }
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment IncidentEventFields on SupportIncidentEvent {
  __typename
  kind
  occurredAt
  actor {
    id
    displayName
  }
  ... on SupportIncidentStatusChangedEvent {
    status
  }
  ... on SupportIncidentNoteEvent {
    body
  }
  ... on SupportIncidentUpdatedEvent {
    changes {
      field
      from
      to
    }
  }
}
fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:01877fe46627b7c53cb61984463f186191c8081a6c41ac5c23e21f8d71338279"}) as unknown as TypedDocumentString<AddSupportIncidentNoteMutation, AddSupportIncidentNoteMutationVariables>;
export const AssignUserRoleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AssignUserRole($input: AssignUserRoleInput!) {
  assignUserRole(input: $input) {
    user {
      ...UserFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  displayName
  accountKind
  isMpnAssociated
  isCspAssociated
  roles
}`, {"hash":"sha256:523e1851455156be837a35453da4403e040c10a3581d4ba4d1729da17bdd0da9"}) as unknown as TypedDocumentString<AssignUserRoleMutation, AssignUserRoleMutationVariables>;
export const CreateSupportIncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateSupportIncident($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) {
    isReplay
    supportContract {
      ...SupportContractFields
    }
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
    supportPlans {
      ...SupportPlanChoices
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment SupportPlanChoices on SupportPlanListing {
  available {
    ...SupportPlanFields
  }
  unavailable {
    reason
    message
    plan {
      ...SupportPlanFields
    }
  }
  paidPlanSuggestions {
    kind
    name
    description
  }
}
fragment SupportPlanFields on SupportPlan {
  kind
  supportContract {
    id
  }
  isConsuming
  startsOn
  endsOn
  remainingIncidentCount
  isUnlimited
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:29570af96f95ae0263fb3926b0409753b5689ff0f7ae6f1451a4ba7621ddef82"}) as unknown as TypedDocumentString<CreateSupportIncidentMutation, CreateSupportIncidentMutationVariables>;
export const GrantMembershipOfferDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation GrantMembershipOffer($input: GrantMembershipOfferInput!) {
  grantMembershipOffer(input: $input) {
    offer {
      ...MembershipOfferFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:e3023295b500d4d1b064eaf42cede4435d58ad9ff41b01eadc11ce3763736d74"}) as unknown as TypedDocumentString<GrantMembershipOfferMutation, GrantMembershipOfferMutationVariables>;
export const LinkSupportContractDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LinkSupportContract($input: LinkSupportContractInput!) {
  linkSupportContract(input: $input) {
    contracts {
      ...SupportContractFields
    }
    diagnostic {
      wasAlreadyLinked
      firstLinkedAt
      message
      canOpenIncidents
      contracts {
        ...SupportContractFields
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:b073f0d807f2fc179c0e1732f500e5f9f406d984a00355bad0097635bc5edc72"}) as unknown as TypedDocumentString<LinkSupportContractMutation, LinkSupportContractMutationVariables>;
export const RemoveUserRoleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RemoveUserRole($input: RemoveUserRoleInput!) {
  removeUserRole(input: $input) {
    user {
      ...UserFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  displayName
  accountKind
  isMpnAssociated
  isCspAssociated
  roles
}`, {"hash":"sha256:894eb53e0d0e7183110186de541030e589a0bef2cc50f8d0768bbf037e552d6e"}) as unknown as TypedDocumentString<RemoveUserRoleMutation, RemoveUserRoleMutationVariables>;
export const RequestTpdEngagementDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RequestTpdEngagement($input: RequestTpdEngagementInput!) {
  requestTpdEngagement(input: $input) {
    isReplay
    engagement {
      ...TpdEngagementFields
    }
    balance {
      ...TpdBalanceFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment TpdBalanceFields on TpdBalance {
  periodStartsOn
  periodEndsOn
  totalHours
  usedHours
  remainingHours
}
fragment TpdEngagementFields on TpdEngagement {
  id
  kind
  hours
  description
  periodStartsOn
  createdAt
  createdBy {
    id
    displayName
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:b2bcb2ec2689fa8e177e502a8fa1c59de3bdd4d6fdae6e5d511e95d17a4a4404"}) as unknown as TypedDocumentString<RequestTpdEngagementMutation, RequestTpdEngagementMutationVariables>;
export const ResolveSupportIncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ResolveSupportIncident($input: ResolveSupportIncidentInput!) {
  resolveSupportIncident(input: $input) {
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:81b9d33bad64d47a7529fb0509ee411e9d4c99c652c945d5f3739d4fe394f953"}) as unknown as TypedDocumentString<ResolveSupportIncidentMutation, ResolveSupportIncidentMutationVariables>;
export const RevokeMembershipOfferDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RevokeMembershipOffer($input: RevokeMembershipOfferInput!) {
  revokeMembershipOffer(input: $input) {
    offer {
      ...MembershipOfferFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:f86d860ebc6c89f69777d23e9972363d7c1a2970e30c39f97182d6bd149268db"}) as unknown as TypedDocumentString<RevokeMembershipOfferMutation, RevokeMembershipOfferMutationVariables>;
export const RotateAccessIdDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RotateAccessId($input: RotateAccessIdInput) {
  rotateAccessId(input: $input) {
    accessId
    linkedAccountCount
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:d1ee565e8c2d4de2d029a387af0aa3269238b085630b37c3c0409b66b8f9da4f"}) as unknown as TypedDocumentString<RotateAccessIdMutation, RotateAccessIdMutationVariables>;
export const StartWorkOnSupportIncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StartWorkOnSupportIncident($input: StartWorkOnSupportIncidentInput!) {
  startWorkOnSupportIncident(input: $input) {
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:503b5ddc202c12ecdea42633c780535993f944d59a222c6a41755203a6a11ab9"}) as unknown as TypedDocumentString<StartWorkOnSupportIncidentMutation, StartWorkOnSupportIncidentMutationVariables>;
export const UnlinkSupportContractAccountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnlinkSupportContractAccount($input: UnlinkSupportContractAccountInput!) {
  unlinkSupportContractAccount(input: $input) {
    supportContract {
      ...SupportContractFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:15ef50689de62df54aaa069584abab409cce26b8a2032db5aea35ddc5dd1da5c"}) as unknown as TypedDocumentString<UnlinkSupportContractAccountMutation, UnlinkSupportContractAccountMutationVariables>;
export const UpdateSupportIncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateSupportIncident($input: UpdateSupportIncidentInput!) {
  updateSupportIncident(input: $input) {
    update {
      ...IncidentEventFields
    }
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment IncidentEventFields on SupportIncidentEvent {
  __typename
  kind
  occurredAt
  actor {
    id
    displayName
  }
  ... on SupportIncidentStatusChangedEvent {
    status
  }
  ... on SupportIncidentNoteEvent {
    body
  }
  ... on SupportIncidentUpdatedEvent {
    changes {
      field
      from
      to
    }
  }
}
fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:0ac379e36cb672e709bbae1ffaa8fb77fac3f8f39bb9a265f7f08468d1e2fb74"}) as unknown as TypedDocumentString<UpdateSupportIncidentMutation, UpdateSupportIncidentMutationVariables>;
export const UpsertProductDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpsertProduct($input: UpsertProductInput!) {
  upsertProduct(input: $input) {
    wasCreated
    product {
      id
      key
      name
      family
      isMicrosoft365
      isCspEligible
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:cd5572b244f2bc867eab0c09eb04938559724273dbf4f1445f2b4e3a88692396"}) as unknown as TypedDocumentString<UpsertProductMutation, UpsertProductMutationVariables>;
export const WithdrawSupportIncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation WithdrawSupportIncident($input: WithdrawSupportIncidentInput!) {
  withdrawSupportIncident(input: $input) {
    wasRefunded
    supportContract {
      ...SupportContractFields
    }
    incident {
      ...IncidentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:49c914ec966463c2526ebc38fdd7803927bdd300f7ea4a01a2f00bc50391c847"}) as unknown as TypedDocumentString<WithdrawSupportIncidentMutation, WithdrawSupportIncidentMutationVariables>;
export const AuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AuditLog($first: Int = 50, $after: String, $filter: AuditLogFilter, $organizationId: ID) {
  auditLog(
    first: $first
    after: $after
    filter: $filter
    organizationId: $organizationId
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...AuditEntryFields
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  occurredAt
  requestId
  action
  targetType
  targetId
  outcome
  detail
  actor {
    id
    displayName
  }
  organization {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:4776ddc49e86684e852bff43a3fa29e8ea73e9f44ae99736ecd5b5de597dc96d"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CoverageWindowsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query CoverageWindows($productVersionId: ID!, $from: LocalDate!, $to: LocalDate!) {
  node(id: $productVersionId) {
    __typename
    ... on ProductVersion {
      id
      name
      coveredUntil
      coverageWindows(from: $from, to: $to) {
        from
        to
        status
        endsBecause
        message
      }
    }
  }
}
    `, {"hash":"sha256:a63147d7c0d54fd3c18009266532fe3409a96d0b4663aeffb87684b44032f446"}) as unknown as TypedDocumentString<CoverageWindowsQuery, CoverageWindowsQueryVariables>;
export const CustomersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Customers($organizationId: ID!, $first: Int = 20, $after: String) {
  organization(id: $organizationId) {
    id
    customers(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        name
        domain
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:38a6e66766909b276a7e1caa475e04238b0d3a087b602b923b424d882df23218"}) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const EligibilityDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Eligibility($productVersionId: ID!, $customerId: ID, $asOf: LocalDate) {
  eligibility(
    productVersionId: $productVersionId
    customerId: $customerId
    asOf: $asOf
  ) {
    asOf
    isEligible
    steps {
      rule
      result
      reason
      nextAction
      actors {
        id
        displayName
        email
      }
    }
  }
}
    `, {"hash":"sha256:132ddb6775073cdc942be5403bf74c45eea73022ef9b0518842eda5c22bf6591"}) as unknown as TypedDocumentString<EligibilityQuery, EligibilityQueryVariables>;
export const EntitlementsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Entitlements($organizationId: ID!, $asOf: LocalDate) {
  organization(id: $organizationId) {
    id
    entitlements(asOf: $asOf) {
      ...EntitlementsFields
    }
  }
}
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}`, {"hash":"sha256:2d1c89315909c31af05e3159b43c15a689ad4db8f19b3c67d3146a81939df644"}) as unknown as TypedDocumentString<EntitlementsQuery, EntitlementsQueryVariables>;
export const IncidentByNumberDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IncidentByNumber($number: String!) {
  incident(number: $number) {
    ...IncidentFields
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}`, {"hash":"sha256:747dda3461f9a63f93cfef16e5a447520833ffafe5c3b8e9a0608f06b7d84570"}) as unknown as TypedDocumentString<IncidentByNumberQuery, IncidentByNumberQueryVariables>;
export const IncidentTimelineDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IncidentTimeline($id: ID!, $first: Int = 50, $after: String) {
  node(id: $id) {
    __typename
    ... on SupportIncident {
      id
      number
      timeline(first: $first, after: $after) {
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...IncidentEventFields
        }
      }
    }
  }
}
    fragment IncidentEventFields on SupportIncidentEvent {
  __typename
  kind
  occurredAt
  actor {
    id
    displayName
  }
  ... on SupportIncidentStatusChangedEvent {
    status
  }
  ... on SupportIncidentNoteEvent {
    body
  }
  ... on SupportIncidentUpdatedEvent {
    changes {
      field
      from
      to
    }
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:1660560f0749fe79e0ad8cb2db8a325f8558d1338fc01ac1485f28571c97a449"}) as unknown as TypedDocumentString<IncidentTimelineQuery, IncidentTimelineQueryVariables>;
export const IncidentDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Incident($id: ID!) {
  node(id: $id) {
    __typename
    ... on SupportIncident {
      ...IncidentFields
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}`, {"hash":"sha256:bbcbc732b7af4a934c3a0520b2ca391977ad75a65d26f4b43b69746a416c85c3"}) as unknown as TypedDocumentString<IncidentQuery, IncidentQueryVariables>;
export const IncidentsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Incidents($first: Int = 20, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {
  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...IncidentFields
    }
  }
}
    fragment IncidentFields on SupportIncident {
  id
  number
  sequenceNumber
  title
  description
  severity
  status
  planKind
  supportContract {
    id
  }
  wasConsumed
  isRefunded
  contact {
    name
    email
    phone
  }
  productVersion {
    ...ProductVersionFields
  }
  createdBy {
    id
    displayName
    email
  }
  customer {
    id
    name
  }
  organization {
    id
    name
  }
  createdAt
  updatedAt
  resolvedAt
  withdrawnAt
  viewerCanStartWork
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}`, {"hash":"sha256:6a479cf7ff525f0d4c91059642f1be97bcf972055c16a308e56aa4d8e7aec61b"}) as unknown as TypedDocumentString<IncidentsQuery, IncidentsQueryVariables>;
export const InputLimitsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query InputLimits {
  inputLimits {
    incidentTitle
    incidentDescription
    contactName
    contactEmail
    contactPhone
  }
}
    `, {"hash":"sha256:4dcfa92d5d9450bb79c6d327f74ff43df7e6d8e41f38d8b296ff2e9844db199e"}) as unknown as TypedDocumentString<InputLimitsQuery, InputLimitsQueryVariables>;
export const LinkedAccountsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LinkedAccounts($supportContractId: ID!, $first: Int, $after: String) {
  node(id: $supportContractId) {
    __typename
    ... on SupportContract {
      id
      linkedAccounts(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...LinkedAccountFields
          }
        }
      }
    }
  }
}
    fragment LinkedAccountFields on LinkedAccount {
  accountKind
  isOutsideOrganization
  linkedAt
  user {
    id
    email
    displayName
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:6afde209cb907463a17e7825c5eddbfa2610ef693a67a6a53a5f7960898b26cc"}) as unknown as TypedDocumentString<LinkedAccountsQuery, LinkedAccountsQueryVariables>;
export const MembershipOffersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MembershipOffers($organizationId: ID!, $includeInactive: Boolean = false, $asOf: LocalDate) {
  organization(id: $organizationId) {
    id
    membershipOffers(includeInactive: $includeInactive, asOf: $asOf) {
      ...MembershipOfferFields
      isActiveAsOf: isActive(asOf: $asOf)
    }
  }
}
    fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}`, {"hash":"sha256:38f3d9cf3a9e4b65f0fb39b670e8626de58775526ecd5ada9bdeeaf1b907e3d9"}) as unknown as TypedDocumentString<MembershipOffersQuery, MembershipOffersQueryVariables>;
export const OrganizationAlertsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OrganizationAlerts($organizationId: ID!, $asOf: LocalDate) {
  organization(id: $organizationId) {
    id
    alerts(asOf: $asOf) {
      kind
      message
      actionHint
      occursOn
      daysFromAsOf
      actors {
        id
        displayName
        email
      }
      supportContract {
        id
        kind
      }
      membershipOffer {
        id
        level
        competency
      }
      user {
        id
        email
        accountKind
      }
    }
  }
}
    `, {"hash":"sha256:bc7321783d85b40f34b50104a96c8b88de1eeaeda617c15c2ea81dc83361e2ef"}) as unknown as TypedDocumentString<OrganizationAlertsQuery, OrganizationAlertsQueryVariables>;
export const OrganizationAuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OrganizationAuditLog($organizationId: ID!, $first: Int = 50, $after: String, $filter: AuditLogFilter) {
  organization(id: $organizationId) {
    id
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...AuditEntryFields
      }
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  occurredAt
  requestId
  action
  targetType
  targetId
  outcome
  detail
  actor {
    id
    displayName
  }
  organization {
    id
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:1122ff811d313671731aa01d6b0bc1dcf6364cf1a79ab1d6dbf15aac216d5503"}) as unknown as TypedDocumentString<OrganizationAuditLogQuery, OrganizationAuditLogQueryVariables>;
export const OrganizationLinkedAccountsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OrganizationLinkedAccounts($organizationId: ID!, $first: Int = 50) {
  organization(id: $organizationId) {
    id
    supportContracts {
      id
      kind
      state
      startsOn
      endsOn
      linkedAccounts(first: $first) {
        totalCount
        nodes {
          ...LinkedAccountFields
        }
      }
    }
  }
}
    fragment LinkedAccountFields on LinkedAccount {
  accountKind
  isOutsideOrganization
  linkedAt
  user {
    id
    email
    displayName
  }
}`, {"hash":"sha256:339144a03400bf98731a1173d2ed79123b28a4d067ecd2093fd89e1566105aa3"}) as unknown as TypedDocumentString<OrganizationLinkedAccountsQuery, OrganizationLinkedAccountsQueryVariables>;
export const OrganizationOverviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OrganizationOverview($id: ID!, $asOf: LocalDate) {
  organization(id: $id) {
    id
    name
    cspRelationship
    membershipOffers(asOf: $asOf) {
      ...MembershipOfferFields
      isActiveAsOf: isActive(asOf: $asOf)
    }
    entitlements(asOf: $asOf) {
      ...EntitlementsFields
    }
    supportContracts {
      ...SupportContractFields
      stateAsOf: state(asOf: $asOf)
    }
    tpdBalance(asOf: $asOf) {
      ...TpdBalanceFields
    }
  }
}
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}
fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment TpdBalanceFields on TpdBalance {
  periodStartsOn
  periodEndsOn
  totalHours
  usedHours
  remainingHours
}`, {"hash":"sha256:edad0198c117b9b58d9ffbdaeecb96e2fb14c8ebf64c14413251ee6e5c5c1dc2"}) as unknown as TypedDocumentString<OrganizationOverviewQuery, OrganizationOverviewQueryVariables>;
export const OrganizationUsersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query OrganizationUsers($organizationId: ID!, $first: Int = 20, $after: String) {
  organization(id: $organizationId) {
    id
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...UserFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserFields on User {
  id
  email
  displayName
  accountKind
  isMpnAssociated
  isCspAssociated
  roles
}`, {"hash":"sha256:84f069db5510d3286ce1476567554d22a9e59bf68c7e6b300f66c22037408aa6"}) as unknown as TypedDocumentString<OrganizationUsersQuery, OrganizationUsersQueryVariables>;
export const OrganizationDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Organization($id: ID!) {
  organization(id: $id) {
    id
    name
    cspRelationship
  }
}
    `, {"hash":"sha256:b8e26cc7de88afd434b70180c037cc576cbf57b4933c944ec6b55a1d6f102b7f"}) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const OrganizationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Organizations($first: Int = 20, $after: String) {
  organizations(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      name
      cspRelationship
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:8151548e85c2f8c4fd6bd02c49e01280272fee3a0f77fbcc062d9b55b3e99818"}) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ProductsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Products($family: ProductFamily, $asOf: LocalDate) {
  products(family: $family) {
    id
    key
    name
    family
    isMicrosoft365
    isCspEligible
    versions {
      id
      name
      releasedOn
      mainstreamEndOn
      extendedEndOn
      coverage(asOf: $asOf) {
        ...CoverageFields
      }
    }
  }
}
    fragment CoverageFields on ProductCoverage {
  asOf
  isCovered
  reason
  position
  message
}`, {"hash":"sha256:7d76b5257fa9b7495d49aa388250bf4090105875fda99b626e21a2c40583d17e"}) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const SupportContractsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportContracts($organizationId: ID!, $asOf: LocalDate) {
  organization(id: $organizationId) {
    id
    supportContracts {
      ...SupportContractFields
      stateAsOf: state(asOf: $asOf)
    }
  }
}
    fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}`, {"hash":"sha256:1994976f2f4a920dcc0277f7c9992b91d2f854668034123e8f1f24401ee83372"}) as unknown as TypedDocumentString<SupportContractsQuery, SupportContractsQueryVariables>;
export const SupportPlansDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportPlans($productVersionId: ID!, $asOf: LocalDate, $customerId: ID) {
  supportPlans(
    productVersionId: $productVersionId
    asOf: $asOf
    customerId: $customerId
  ) {
    asOf
    productVersion {
      ...ProductVersionFields
    }
    coverage {
      ...CoverageFields
    }
    customer {
      id
      name
    }
    ...SupportPlanChoices
  }
}
    fragment CoverageFields on ProductCoverage {
  asOf
  isCovered
  reason
  position
  message
}
fragment ProductVersionFields on ProductVersion {
  id
  name
  releasedOn
  mainstreamEndOn
  extendedEndOn
  product {
    id
    key
    name
    family
  }
}
fragment SupportPlanChoices on SupportPlanListing {
  available {
    ...SupportPlanFields
  }
  unavailable {
    reason
    message
    plan {
      ...SupportPlanFields
    }
  }
  paidPlanSuggestions {
    kind
    name
    description
  }
}
fragment SupportPlanFields on SupportPlan {
  kind
  supportContract {
    id
  }
  isConsuming
  startsOn
  endsOn
  remainingIncidentCount
  isUnlimited
}`, {"hash":"sha256:2cfd0d4ae60e863bbabb9c863475ca3c26d94af0b6a2a4d0489b9abd7e7601a1"}) as unknown as TypedDocumentString<SupportPlansQuery, SupportPlansQueryVariables>;
export const TechnicalBenefitsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TechnicalBenefits($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    technicalBenefits {
      ...TechnicalBenefitsFields
    }
  }
}
    fragment EntitlementsFields on Entitlements {
  asOf
  onPremisesIncidentCount
  cloudIncidents {
    kind
    count
    isUnlimited
  }
  tpdHours
  cloudCompetencies
}
fragment MembershipOfferFields on MembershipOffer {
  id
  level
  competency
  isCloudCompetency
  startsOn
  endsOn
  isActive
  revokedAt
}
fragment TechnicalBenefitsFields on TechnicalBenefits {
  state
  message
  canActivate
  activationRefusal
  usersWhoCanActivate {
    id
    displayName
    email
  }
  accessId
  contractNumber
  activatedAt
  activatedBy {
    id
    displayName
  }
  activeOffers {
    ...MembershipOfferFields
  }
  entitlements {
    ...EntitlementsFields
  }
}`, {"hash":"sha256:44237c13ee756d115b789daf53063d761311b1ea3fc8f13d79b2c81ad911b0f0"}) as unknown as TypedDocumentString<TechnicalBenefitsQuery, TechnicalBenefitsQueryVariables>;
export const TpdBalanceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TpdBalance($organizationId: ID!, $asOf: LocalDate) {
  organization(id: $organizationId) {
    id
    tpdBalance(asOf: $asOf) {
      ...TpdBalanceFields
      engagements {
        ...TpdEngagementFields
      }
    }
  }
}
    fragment TpdBalanceFields on TpdBalance {
  periodStartsOn
  periodEndsOn
  totalHours
  usedHours
  remainingHours
}
fragment TpdEngagementFields on TpdEngagement {
  id
  kind
  hours
  description
  periodStartsOn
  createdAt
  createdBy {
    id
    displayName
  }
}`, {"hash":"sha256:3c702435d7c2d30e46f1d53a81c1a39ceafe18ac950539ea05e5ec25d2e675e7"}) as unknown as TypedDocumentString<TpdBalanceQuery, TpdBalanceQueryVariables>;
export const ViewerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Viewer {
  viewer {
    ...UserFields
    organization {
      id
      name
      cspRelationship
    }
    linkedContracts {
      ...SupportContractFields
    }
    permissions {
      canActForOrganization
      canReadAllOrganizations
      canLinkContracts
      canManageCatalog
      canManageRoles
      canManageLinkedAccounts
      canReadAuditLog
      assignableRoles
    }
  }
}
    fragment SupportContractFields on SupportContract {
  id
  kind
  state
  startsOn
  endsOn
  isUnlimited
  totalIncidentCount
  remainingIncidentCount
  usedIncidentCount
  linkedAt
  linkedAccountCount
}
fragment UserFields on User {
  id
  email
  displayName
  accountKind
  isMpnAssociated
  isCspAssociated
  roles
}`, {"hash":"sha256:a3d2e53492b0835c1646cc0b159183fc8417ef73d7e897cf980c3c2aeecba8d1"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;