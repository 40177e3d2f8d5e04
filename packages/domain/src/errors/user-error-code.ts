/**
 * Every expected business refusal and input-validation failure, as exposed by the API in
 * `userErrors.code`. The per-rule reason enums (ActivationRefusal, IncidentRefusal, ...) are
 * subsets of this one, so a rule can never return a code the API does not know.
 */
export const UserErrorCode = {
  // --- Access ---------------------------------------------------------------------------
  /** The actor is not program-associated (e.g. a CSP-only account) and may not use the benefits page or TPD. */
  NOT_AUTHORIZED: "NOT_AUTHORIZED",

  // --- Activation -----------------------------------------------------------------------
  /** A program-associated user without GLOBAL_ADMIN or MPN_PARTNER_ADMIN tried to activate. */
  MISSING_ROLE: "MISSING_ROLE",
  /** Activation was requested while the organization has no active membership offer. */
  NO_ACTIVE_OFFERS: "NO_ACTIVE_OFFERS",

  // --- Linking --------------------------------------------------------------------------
  /** The Access ID / Contract ID pair does not exist (deliberately not saying which half is wrong). */
  INVALID_PAIR: "INVALID_PAIR",
  /** The pair names an ended benefit year and the organization has renewed under a newer Contract ID (never revealed). */
  CONTRACT_SUPERSEDED: "CONTRACT_SUPERSEDED",

  // --- Contract state (linking and support plans) ---------------------------------------
  /** The contract's end date has passed (as-of date >= endsOn). */
  CONTRACT_EXPIRED: "CONTRACT_EXPIRED",
  /** The contract starts after the as-of date. */
  CONTRACT_NOT_STARTED: "CONTRACT_NOT_STARTED",
  /** A limited contract has 0 incidents left. */
  NO_INCIDENTS_REMAINING: "NO_INCIDENTS_REMAINING",
  /** The account can see the contract but has not linked it with its Access ID / Contract ID. */
  NOT_LINKED: "NOT_LINKED",
  /** The organization's offers give this kind of support plan, but its technical benefits are not activated (or not since the offer was granted). */
  BENEFITS_NOT_ACTIVATED: "BENEFITS_NOT_ACTIVATED",
  /** The organization's offers give no plan of this kind (e.g. Action Pack or no offer on a cloud product). */
  NOT_ENTITLED: "NOT_ENTITLED",

  // --- Products ---------------------------------------------------------------------------
  /** The on-premises version is not covered on the as-of date (N-1 out of mainstream, N-2 or older, unreleased). */
  VERSION_NOT_COVERED: "VERSION_NOT_COVERED",
  /** The product version id is not in the product's catalog. */
  UNKNOWN_VERSION: "UNKNOWN_VERSION",
  /** A plan was used for the other kind of product (product support for cloud, cloud support for on-premises, ...). */
  WRONG_PRODUCT_KIND: "WRONG_PRODUCT_KIND",

  // --- CSP customers ----------------------------------------------------------------------
  /** The request is for a customer that the actor's organization does not serve. */
  CUSTOMER_NOT_SERVED: "CUSTOMER_NOT_SERVED",
  /** A cloud request for a customer by an organization without CSP relationship (NONE). */
  NOT_CSP_PARTNER: "NOT_CSP_PARTNER",
  /** A cloud request for a customer by an INDIRECT_RESELLER organization. */
  CSP_INDIRECT_RESELLER: "CSP_INDIRECT_RESELLER",
  /** A cloud request for a customer by an ADVISOR organization. */
  CSP_ADVISOR: "CSP_ADVISOR",
  /** A cloud request for a customer by a DIRECT partner's user who is not ADMIN_AGENT. */
  MISSING_ADMIN_AGENT_ROLE: "MISSING_ADMIN_AGENT_ROLE",

  // --- Incident creation ------------------------------------------------------------------
  /** No support plan of any kind exists for this account and product (see the paid plan suggestions). */
  NO_SUPPORT_PLAN: "NO_SUPPORT_PLAN",
  /** The explicitly requested contract or plan kind is not among this account's plans for the product. */
  REQUESTED_PLAN_NOT_FOUND: "REQUESTED_PLAN_NOT_FOUND",

  // --- Idempotency ------------------------------------------------------------------------
  /** The idempotency key was already used by this account for a different request (the same request replays instead). */
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",

  // --- Incident lifecycle -----------------------------------------------------------------
  /** Someone other than the requester (or an organization admin) tried to withdraw the incident. */
  NOT_REQUESTER: "NOT_REQUESTER",
  /** Withdrawal after support started working on the incident (status IN_PROGRESS). */
  WORK_ALREADY_STARTED: "WORK_ALREADY_STARTED",
  /** Withdraw, resolve or start work on an incident that is already RESOLVED. */
  ALREADY_RESOLVED: "ALREADY_RESOLVED",
  /** Withdraw, resolve or start work on an incident that is already WITHDRAWN. */
  ALREADY_WITHDRAWN: "ALREADY_WITHDRAWN",
  /** Resolve or start work by an actor who is neither the requester (for resolve) nor an operator. */
  NOT_ALLOWED_TO_CHANGE_STATUS: "NOT_ALLOWED_TO_CHANGE_STATUS",
  /** Start work on an incident that is already IN_PROGRESS. */
  ALREADY_IN_PROGRESS: "ALREADY_IN_PROGRESS",
  /** A note or an update on an incident that is no longer open (RESOLVED or WITHDRAWN). */
  INCIDENT_CLOSED: "INCIDENT_CLOSED",
  /** Updating an incident by someone other than its requester, a GLOBAL_ADMIN of its organization or the operator. */
  NOT_ALLOWED_TO_UPDATE_INCIDENT: "NOT_ALLOWED_TO_UPDATE_INCIDENT",
  /** `updateSupportIncident` named no field to change. */
  NOTHING_TO_UPDATE: "NOTHING_TO_UPDATE",

  // --- TPD --------------------------------------------------------------------------------
  /** TPD hours that are not a positive integer or exceed the per-request maximum. */
  INVALID_HOURS: "INVALID_HOURS",
  /** The TPD request asks for more hours than remain in the period's balance. */
  INSUFFICIENT_HOURS: "INSUFFICIENT_HOURS",
  /** The organization has no TPD hours this period (no active offer). */
  NO_TPD_ENTITLEMENT: "NO_TPD_ENTITLEMENT",

  // --- User roles -------------------------------------------------------------------------
  /** The actor may not grant or remove this role (SUPPORT_OPERATOR: operator only; GLOBAL_ADMIN: a Global Admin or the operator; accounts outside any organization hold no roles). */
  ROLE_NOT_ASSIGNABLE: "ROLE_NOT_ASSIGNABLE",
  /** Removing GLOBAL_ADMIN from the organization's last Global Admin. */
  LAST_GLOBAL_ADMIN: "LAST_GLOBAL_ADMIN",
  /** Granting or removing a role of one's own account (anyone's, the operator's too): another admin must do it. */
  CANNOT_CHANGE_OWN_ROLES: "CANNOT_CHANGE_OWN_ROLES",

  // --- Input validation -------------------------------------------------------------------
  /** A required text field is missing or blank. */
  FIELD_REQUIRED: "FIELD_REQUIRED",
  /** A text field exceeds its maximum length. */
  FIELD_TOO_LONG: "FIELD_TOO_LONG",
  /** An e-mail address is not of the form name@domain.tld. */
  INVALID_EMAIL: "INVALID_EMAIL",
  /** Any other malformed input (unknown enum value, malformed date, ...). */
  INVALID_INPUT: "INVALID_INPUT",

  // --- Product catalog --------------------------------------------------------------------
  /** The operator added a version whose name the product already has. */
  DUPLICATE_VERSION_NAME: "DUPLICATE_VERSION_NAME",

  // --- Linked accounts --------------------------------------------------------------------
  /** An admin unlinked an account that is not linked to that contract. */
  ACCOUNT_NOT_LINKED: "ACCOUNT_NOT_LINKED",
  /** An admin rotated the Access ID of an organization that has not activated its benefits (there is none). */
  NOT_ACTIVATED: "NOT_ACTIVATED",
} as const;
/** A code from {@link UserErrorCode}. */
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

/** Default user-facing message per code; rules may return a more specific message. */
export const USER_ERROR_MESSAGES: Readonly<Record<UserErrorCode, string>> = {
  NOT_AUTHORIZED: "You are not authorized for this action",
  MISSING_ROLE: "Only a Global Admin or an MPN Partner Admin of your organization can activate the technical benefits",
  NO_ACTIVE_OFFERS: "Looks like you don't have any benefits yet",
  INVALID_PAIR: "The Access ID and Contract ID do not match an activated benefit. Check both values and try again",
  CONTRACT_SUPERSEDED:
    "The support contracts of this Contract ID have ended. Your organization has a newer Contract ID: ask its Global Admin or MPN Partner Admin for it",
  CONTRACT_EXPIRED: "The support contract has expired",
  CONTRACT_NOT_STARTED: "The support contract has not started yet",
  NO_INCIDENTS_REMAINING: "The support contract has no incidents remaining",
  NOT_LINKED: "Link this contract to your account with its Access ID and Contract ID before using it",
  BENEFITS_NOT_ACTIVATED:
    "Your organization has not activated these technical benefits; a Global Admin or MPN Partner Admin can activate them on the benefits page",
  NOT_ENTITLED: "Your organization's membership offers do not include this kind of support",
  VERSION_NOT_COVERED: "This product version is not covered by technical support benefits",
  UNKNOWN_VERSION: "This product version is not in the product catalog",
  WRONG_PRODUCT_KIND: "Support plan cannot be used for the specified product",
  CUSTOMER_NOT_SERVED: "Your organization does not serve this customer",
  NOT_CSP_PARTNER: "Only a direct Cloud Solution Provider partner can open cloud requests for a customer",
  CSP_INDIRECT_RESELLER: "Indirect resellers cannot open cloud requests for their customers; ask your indirect provider",
  CSP_ADVISOR: "Advisors cannot open cloud requests for their customers",
  MISSING_ADMIN_AGENT_ROLE: "Only an Admin Agent can open cloud requests for a customer",
  NO_SUPPORT_PLAN: "You have no support plan for this product. Premier or Advanced Support for Partners can help",
  REQUESTED_PLAN_NOT_FOUND: "The requested support plan is not available to this account",
  IDEMPOTENCY_KEY_REUSED: "This idempotency key was already used for a different request; use a new key for a new request",
  NOT_REQUESTER: "Only the person who opened the incident can withdraw it",
  WORK_ALREADY_STARTED: "Support has already started working on this incident",
  ALREADY_RESOLVED: "The incident is already resolved",
  ALREADY_WITHDRAWN: "The incident is already withdrawn",
  NOT_ALLOWED_TO_CHANGE_STATUS: "You are not allowed to change the status of this incident",
  ALREADY_IN_PROGRESS: "Support is already working on this incident",
  INCIDENT_CLOSED: "The incident is closed (resolved or withdrawn); it can no longer be changed",
  NOT_ALLOWED_TO_UPDATE_INCIDENT: "Only the requester, a Global Admin of its organization or support can update this incident",
  NOTHING_TO_UPDATE: "Name at least one field to change",
  INVALID_HOURS: "Hours must be a whole number greater than zero",
  INSUFFICIENT_HOURS: "Not enough presales and deployment hours remain",
  NO_TPD_ENTITLEMENT: "Your organization has no presales and deployment hours",
  ROLE_NOT_ASSIGNABLE: "Your roles do not allow granting or removing this role",
  LAST_GLOBAL_ADMIN: "The organization's last Global Admin cannot lose that role; make another user Global Admin first",
  CANNOT_CHANGE_OWN_ROLES: "You cannot grant or remove your own roles; ask another administrator",
  FIELD_REQUIRED: "This field is required",
  FIELD_TOO_LONG: "This field is too long",
  INVALID_EMAIL: "Enter a valid e-mail address",
  INVALID_INPUT: "The value is not valid",
  DUPLICATE_VERSION_NAME: "This product already has a version with this name",
  ACCOUNT_NOT_LINKED: "This account is not linked to this support contract",
  NOT_ACTIVATED: "The technical benefits are not activated yet, so there is no Access ID to rotate",
};
