/**
 * The role matrix, as data: every mutation and every tenant-scoped field of `Organization`, against
 * every caller, with the expected outcome. `role-matrix.test.ts` runs each cell through real HTTP
 * and fails when a Mutation field or a tenant-scoped Organization field has no row here. The read
 * side (every Query field, every field resolved with the viewer's context) is in `role-matrix-reads.ts`.
 *
 * Outcomes: `ALLOWED` (no error, no userErrors), a request-level `extensions.code`
 * (UNAUTHENTICATED, FORBIDDEN, NOT_AUTHORIZED, NOT_FOUND), `HIDDEN` (no error: the nullable
 * `organization(id:)` lookup answers null, exactly like for a missing organization) or
 * `userError:<CODE>` (the first userErrors code of the payload: the call reached the business
 * rules and was refused by them).
 */
import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { NodeType, toGlobalId } from "../../src/relay/global-id";
import type { DemoUserKey, TestGateway } from "../support/test-gateway";

export const ALLOWED = "ALLOWED";
export type Outcome = typeof ALLOWED | "HIDDEN" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_AUTHORIZED" | "NOT_FOUND" | `userError:${string}`;

/** Every caller of the matrix: each Contoso and Fabrikam role, the operator, an outside MSA account, a CSP-only user, nobody. */
export const CALLERS = [
  "contosoGlobalAdmin",
  "contosoPartnerAdmin",
  "contosoAdminAgent",
  "contosoHelpdesk",
  "fabrikamGlobalAdmin",
  "fabrikamAdminAgent",
  "fabrikamHelpdesk",
  "operator",
  "outsideMsa",
  "adatumCspAgent",
  "anonymous",
] as const satisfies ReadonlyArray<DemoUserKey | "anonymous">;
export type Caller = (typeof CALLERS)[number];
export type Cells = Record<Caller, Outcome>;

/** Fills a row: the listed callers get their outcome, anonymous is UNAUTHENTICATED, everyone else `otherwise`. */
function cells(listed: Partial<Cells>, otherwise: Outcome): Cells {
  const row = {} as Cells;
  for (const caller of CALLERS) row[caller] = listed[caller] ?? (caller === "anonymous" ? "UNAUTHENTICATED" : otherwise);
  return row;
}

type Org = keyof typeof DEMO_IDS.organizations;
const V = DEMO_IDS.productVersions;
export const gid = {
  org: (key: Org) => toGlobalId(NodeType.Organization, DEMO_IDS.organizations[key]),
  user: (key: DemoUserKey) => toGlobalId(NodeType.User, DEMO_USERS[key].id),
  version: (id: string) => toGlobalId(NodeType.ProductVersion, id),
  product: (id: string) => toGlobalId(NodeType.Product, id),
  offer: (id: string) => toGlobalId(NodeType.MembershipOffer, id),
  customer: (id: string) => toGlobalId(NodeType.CspCustomer, id),
};

/** The caller's own organization (null for the outside account and anonymous). */
export function ownOrganization(caller: Caller): Org | null {
  if (caller === "anonymous") return null;
  return DEMO_USERS[caller].organization;
}
/** Another organization with data to hide: Fabrikam for Contoso's users, Contoso for everyone else. */
export function foreignOrganization(caller: Caller): Org {
  return ownOrganization(caller) === "contoso" ? "fabrikam" : "contoso";
}
/** A user of the caller's own organization whose roles may be changed (a helpdesk agent where there is one). */
function colleague(caller: Caller): DemoUserKey {
  const org = ownOrganization(caller);
  if (org === "fabrikam") return "fabrikamHelpdesk";
  if (org === "adatum") return "adatumCspAgent";
  return "contosoHelpdesk";
}
function stranger(caller: Caller): DemoUserKey {
  return ownOrganization(caller) === "contoso" ? "fabrikamHelpdesk" : "contosoHelpdesk";
}

export interface CellContext {
  gateway: TestGateway;
  caller: Caller;
  /** Unique per cell, for inputs that must not collide (product keys, idempotency keys...). */
  unique: string;
}

export interface MutationRow {
  mutation: string;
  scenario: string;
  /** GraphQL document taking `$input`, selecting at least `userErrors { code }`. */
  document: string;
  /** The input for one caller; may arrange state first (e.g. create the incident to withdraw). */
  input(context: CellContext): Promise<Record<string, unknown> | undefined> | Record<string, unknown> | undefined;
  expect: Cells;
}

/** Removes an organization's activation (its years and their unlinked contracts), back to the seeded "not activated". */
async function undoActivation(gateway: TestGateway, organizationId: string): Promise<void> {
  const db = gateway.database.db;
  await db.deleteFrom("supportContracts").where("organizationId", "=", organizationId).execute();
  await db.deleteFrom("benefitYears").where("organizationId", "=", organizationId).execute();
  await db.deleteFrom("benefitActivations").where("organizationId", "=", organizationId).execute();
}

const payload = (field: string, inputType: string, optional = false) =>
  `mutation Cell($input: ${inputType}${optional ? "" : "!"}) { ${field}(input: $input) { userErrors { code } } }`;

/**
 * An incident of Fabrikam opened by its Global Admin that consumed nothing: the object to act on.
 * Arranged in the database (as a Microsoft 365 incident from before the Microsoft 365 rule), since
 * every plan a create can use today consumes, and the matrix would run Fabrikam's contracts dry.
 */
async function fabrikamIncident(gateway: TestGateway, unique: string): Promise<string> {
  const row = await gateway.database.db
    .insertInto("incidents")
    .values({
      organizationId: DEMO_IDS.organizations.fabrikam,
      productVersionId: V.microsoft365Current,
      planKind: "MICROSOFT_365",
      supportContractId: null,
      consumed: false,
      severity: "C",
      title: `Target ${unique}`,
      description: "Arranged by the role matrix.",
      contactName: "Matrix",
      contactEmail: "matrix@example.com",
      createdBy: DEMO_USERS.fabrikamGlobalAdmin.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return toGlobalId(NodeType.SupportIncident, row.id);
}

/** A Fabrikam incident its Global Admin opened and resolved: closed to notes and updates. */
async function resolvedFabrikamIncident(gateway: TestGateway, unique: string): Promise<string> {
  const id = await fabrikamIncident(gateway, unique);
  const response = await gateway.gql<{ resolveSupportIncident: { userErrors: unknown[] } }>(
    `mutation ($id: ID!) { resolveSupportIncident(input: { incidentId: $id }) { userErrors { code } } }`,
    { id },
    { as: "fabrikamGlobalAdmin" },
  );
  if (response.data?.resolveSupportIncident.userErrors.length !== 0) throw new Error(`could not resolve: ${JSON.stringify(response)}`);
  return id;
}

export function incidentDraft(version: string): Record<string, unknown> {
  return {
    productVersionId: gid.version(version),
    title: "Role matrix incident",
    description: "Opened by the role matrix test.",
    severity: "C",
    contact: { name: "Pat Contact", email: "pat@example.com" },
  };
}

const OPERATOR_ONLY = cells({ operator: ALLOWED }, "FORBIDDEN");
const ROLE_ADMINS = cells({ contosoGlobalAdmin: ALLOWED, fabrikamGlobalAdmin: ALLOWED, operator: ALLOWED }, "FORBIDDEN");

export const MUTATION_ROWS: MutationRow[] = [
  {
    mutation: "activateTechnicalBenefits",
    scenario: "own organization",
    document: payload("activateTechnicalBenefits", "ActivateTechnicalBenefitsInput", true),
    // Each cell starts before anyone activated Contoso (as seeded), so every Contoso role meets the rules.
    input: async ({ gateway }) => {
      await undoActivation(gateway, DEMO_IDS.organizations.contoso);
      return {};
    },
    // Program-associated GLOBAL_ADMIN / MPN_PARTNER_ADMIN activate; other members are refused as data (MISSING_ROLE,
    // with the users who can), except at Fabrikam where nothing is due and the existing IDs come back to every member.
    // CSP-only and outside accounts are NOT_AUTHORIZED; the operator activates nobody's benefits (FORBIDDEN).
    expect: cells(
      {
        contosoGlobalAdmin: ALLOWED,
        contosoPartnerAdmin: ALLOWED,
        contosoAdminAgent: "userError:MISSING_ROLE",
        contosoHelpdesk: "userError:MISSING_ROLE",
        fabrikamGlobalAdmin: ALLOWED,
        fabrikamAdminAgent: ALLOWED,
        fabrikamHelpdesk: ALLOWED,
        outsideMsa: "NOT_AUTHORIZED",
        adatumCspAgent: "NOT_AUTHORIZED",
      },
      "FORBIDDEN",
    ),
  },
  {
    mutation: "activateTechnicalBenefits",
    scenario: "another organization",
    document: payload("activateTechnicalBenefits", "ActivateTechnicalBenefitsInput", true),
    input: ({ caller }) => ({ organizationId: gid.org(foreignOrganization(caller)) }),
    // Every partner member gets NOT_FOUND for another tenant (roles are checked as data, after the tenant).
    expect: cells({ operator: "FORBIDDEN", outsideMsa: "NOT_AUTHORIZED", adatumCspAgent: "NOT_AUTHORIZED" }, "NOT_FOUND"),
  },
  {
    mutation: "linkSupportContract",
    scenario: "Fabrikam's Access ID / Contract ID",
    document: payload("linkSupportContract", "LinkSupportContractInput"),
    input: () => ({ accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId }),
    // Any account may link with the pair, even one outside the organization.
    expect: cells({}, ALLOWED),
  },
  {
    mutation: "linkSupportContract",
    scenario: "a wrong pair",
    document: payload("linkSupportContract", "LinkSupportContractInput"),
    input: ({ unique }) => ({ accessId: `WRONG-${unique}`, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId }),
    expect: cells({}, "userError:INVALID_PAIR"),
  },
  {
    mutation: "unlinkSupportContractAccount",
    scenario: "the outside account from Fabrikam's on-premises contract",
    document: payload("unlinkSupportContractAccount", "UnlinkSupportContractAccountInput"),
    input: async ({ gateway }) => {
      // Arrange: the outside account links Fabrikam's pair (again: a success), so there is a link to remove.
      await gateway.gql(
        `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
        { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
        { as: "outsideMsa" },
      );
      return {
        supportContractId: toGlobalId(NodeType.SupportContract, DEMO_IDS.contracts.fabrikamOnPremises),
        userId: gid.user("outsideMsa"),
      };
    },
    // Program-associated GLOBAL_ADMIN / MPN_PARTNER_ADMIN of the owner, and the operator; another organization's contract looks missing.
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        operator: ALLOWED,
        contosoGlobalAdmin: "NOT_FOUND",
        contosoPartnerAdmin: "NOT_FOUND",
        outsideMsa: "NOT_AUTHORIZED",
        adatumCspAgent: "NOT_AUTHORIZED",
      },
      "FORBIDDEN",
    ),
  },
  {
    mutation: "rotateAccessId",
    scenario: "own organization",
    document: payload("rotateAccessId", "RotateAccessIdInput", true),
    input: () => ({}),
    // Contoso and the operator's own organization have not activated: there is no Access ID to rotate.
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        contosoGlobalAdmin: "userError:NOT_ACTIVATED",
        contosoPartnerAdmin: "userError:NOT_ACTIVATED",
        operator: "userError:NOT_ACTIVATED",
        outsideMsa: "NOT_AUTHORIZED",
        adatumCspAgent: "NOT_AUTHORIZED",
      },
      "FORBIDDEN",
    ),
  },
  {
    mutation: "rotateAccessId",
    scenario: "Fabrikam",
    document: payload("rotateAccessId", "RotateAccessIdInput", true),
    input: () => ({ organizationId: gid.org("fabrikam") }),
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        operator: ALLOWED,
        contosoGlobalAdmin: "NOT_FOUND",
        contosoPartnerAdmin: "NOT_FOUND",
        outsideMsa: "NOT_AUTHORIZED",
        adatumCspAgent: "NOT_AUTHORIZED",
      },
      "FORBIDDEN",
    ),
  },
  {
    mutation: "createSupportIncident",
    scenario: "SQL Server 2022 for the own organization",
    document: payload("createSupportIncident", "CreateSupportIncidentInput"),
    input: () => incidentDraft(V.sqlServer2022),
    // Fabrikam's users are linked to its product support contract; nobody else has one, and each
    // hears why: Contoso has not activated, the operator's and Adatum's organizations have no offer,
    // the outside account has linked nothing.
    expect: cells(
      {
        // Fabrikam's helpdesk agent has not linked the contract.
        fabrikamGlobalAdmin: ALLOWED,
        fabrikamAdminAgent: ALLOWED,
        fabrikamHelpdesk: "userError:NOT_LINKED",
        contosoGlobalAdmin: "userError:BENEFITS_NOT_ACTIVATED",
        contosoPartnerAdmin: "userError:BENEFITS_NOT_ACTIVATED",
        contosoAdminAgent: "userError:BENEFITS_NOT_ACTIVATED",
        contosoHelpdesk: "userError:BENEFITS_NOT_ACTIVATED",
        outsideMsa: "userError:NOT_LINKED",
      },
      "userError:NOT_ENTITLED",
    ),
  },
  {
    mutation: "createSupportIncident",
    scenario: "for another organization's CSP customer",
    document: payload("createSupportIncident", "CreateSupportIncidentInput"),
    input: ({ caller }) => ({
      ...incidentDraft(V.sqlServer2022),
      customerId: gid.customer(
        ownOrganization(caller) === "fabrikam" ? DEMO_IDS.cspCustomers.contosoLitware : DEMO_IDS.cspCustomers.fabrikamWoodgroveBank,
      ),
    }),
    // Refused by the customer rule, exactly like a customer id that does not exist (next row).
    expect: cells({}, "userError:CUSTOMER_NOT_SERVED"),
  },
  {
    mutation: "createSupportIncident",
    scenario: "for a CSP customer that does not exist",
    document: payload("createSupportIncident", "CreateSupportIncidentInput"),
    input: () => ({ ...incidentDraft(V.sqlServer2022), customerId: gid.customer("7c9e6679-7425-40de-944b-e07fc1f90ae7") }),
    expect: cells({}, "userError:CUSTOMER_NOT_SERVED"),
  },
  {
    mutation: "withdrawSupportIncident",
    scenario: "a Fabrikam incident opened by its Global Admin",
    document: payload("withdrawSupportIncident", "WithdrawSupportIncidentInput"),
    input: async ({ gateway, unique }) => ({ incidentId: await fabrikamIncident(gateway, unique) }),
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        fabrikamAdminAgent: "userError:NOT_REQUESTER",
        fabrikamHelpdesk: "userError:NOT_REQUESTER",
        // The operator sees every incident, but only the requester (or an organization admin) withdraws.
        operator: "userError:NOT_REQUESTER",
      },
      "NOT_FOUND",
    ),
  },
  {
    mutation: "resolveSupportIncident",
    scenario: "a Fabrikam incident opened by its Global Admin",
    document: payload("resolveSupportIncident", "ResolveSupportIncidentInput"),
    input: async ({ gateway, unique }) => ({ incidentId: await fabrikamIncident(gateway, unique) }),
    // The requester or the operator resolves; other members see the incident but may not change its status.
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        operator: ALLOWED,
        fabrikamAdminAgent: "userError:NOT_ALLOWED_TO_CHANGE_STATUS",
        fabrikamHelpdesk: "userError:NOT_ALLOWED_TO_CHANGE_STATUS",
      },
      "NOT_FOUND",
    ),
  },
  {
    mutation: "startWorkOnSupportIncident",
    scenario: "a Fabrikam incident",
    document: payload("startWorkOnSupportIncident", "StartWorkOnSupportIncidentInput"),
    input: async ({ gateway, unique }) => ({ incidentId: await fabrikamIncident(gateway, unique) }),
    expect: OPERATOR_ONLY,
  },
  {
    mutation: "addSupportIncidentNote",
    scenario: "an open Fabrikam incident",
    document: payload("addSupportIncidentNote", "AddSupportIncidentNoteInput"),
    input: async ({ gateway, unique }) => ({ supportIncidentId: await fabrikamIncident(gateway, unique), body: "Role matrix note" }),
    // Whoever may read the incident may add a note: every Fabrikam user and the operator.
    expect: cells({ fabrikamGlobalAdmin: ALLOWED, fabrikamAdminAgent: ALLOWED, fabrikamHelpdesk: ALLOWED, operator: ALLOWED }, "NOT_FOUND"),
  },
  {
    mutation: "addSupportIncidentNote",
    scenario: "a resolved Fabrikam incident",
    document: payload("addSupportIncidentNote", "AddSupportIncidentNoteInput"),
    input: async ({ gateway, unique }) => ({ supportIncidentId: await resolvedFabrikamIncident(gateway, unique), body: "Too late" }),
    expect: cells(
      {
        fabrikamGlobalAdmin: "userError:INCIDENT_CLOSED",
        fabrikamAdminAgent: "userError:INCIDENT_CLOSED",
        fabrikamHelpdesk: "userError:INCIDENT_CLOSED",
        operator: "userError:INCIDENT_CLOSED",
      },
      "NOT_FOUND",
    ),
  },
  {
    mutation: "updateSupportIncident",
    scenario: "an open Fabrikam incident opened by its Global Admin",
    document: payload("updateSupportIncident", "UpdateSupportIncidentInput"),
    input: async ({ gateway, unique }) => ({ supportIncidentId: await fabrikamIncident(gateway, unique), severity: "A" }),
    // The requester, a Global Admin of the organization, or the operator; other members may add a note instead.
    expect: cells(
      {
        fabrikamGlobalAdmin: ALLOWED,
        operator: ALLOWED,
        fabrikamAdminAgent: "userError:NOT_ALLOWED_TO_UPDATE_INCIDENT",
        fabrikamHelpdesk: "userError:NOT_ALLOWED_TO_UPDATE_INCIDENT",
      },
      "NOT_FOUND",
    ),
  },
  {
    mutation: "updateSupportIncident",
    scenario: "a resolved Fabrikam incident",
    document: payload("updateSupportIncident", "UpdateSupportIncidentInput"),
    input: async ({ gateway, unique }) => ({ supportIncidentId: await resolvedFabrikamIncident(gateway, unique), severity: "A" }),
    // Who-may is decided before the state: a member without the right learns nothing more.
    expect: cells(
      {
        fabrikamGlobalAdmin: "userError:INCIDENT_CLOSED",
        operator: "userError:INCIDENT_CLOSED",
        fabrikamAdminAgent: "userError:NOT_ALLOWED_TO_UPDATE_INCIDENT",
        fabrikamHelpdesk: "userError:NOT_ALLOWED_TO_UPDATE_INCIDENT",
      },
      "NOT_FOUND",
    ),
  },
  {
    mutation: "requestTpdEngagement",
    scenario: "one hour for the own organization",
    document: payload("requestTpdEngagement", "RequestTpdEngagementInput"),
    input: () => ({ kind: "PRESALES", hours: 1, description: "Architecture review" }),
    // The operator reads program data but is not a partner: it requests no TPD hours.
    expect: cells({ outsideMsa: "NOT_AUTHORIZED", adatumCspAgent: "NOT_AUTHORIZED", operator: "NOT_AUTHORIZED" }, ALLOWED),
  },
  {
    mutation: "requestTpdEngagement",
    scenario: "one hour for another organization",
    document: payload("requestTpdEngagement", "RequestTpdEngagementInput"),
    input: ({ caller }) => ({
      kind: "PRESALES",
      hours: 1,
      description: "Architecture review",
      organizationId: gid.org(foreignOrganization(caller)),
    }),
    expect: cells({ outsideMsa: "NOT_AUTHORIZED", adatumCspAgent: "NOT_AUTHORIZED", operator: "NOT_AUTHORIZED" }, "NOT_FOUND"),
  },
  {
    mutation: "grantMembershipOffer",
    scenario: "Action Pack to Tailspin",
    document: payload("grantMembershipOffer", "GrantMembershipOfferInput"),
    input: () => ({
      organizationId: gid.org("tailspin"),
      level: "ACTION_PACK",
      startsOn: "2026-11-01",
      endsOn: "2027-11-01",
    }),
    expect: OPERATOR_ONLY,
  },
  {
    mutation: "revokeMembershipOffer",
    scenario: "Contoso's Silver Data Analytics",
    document: payload("revokeMembershipOffer", "RevokeMembershipOfferInput"),
    input: () => ({ offerId: gid.offer(DEMO_IDS.offers.contosoSilverDataAnalytics) }),
    expect: OPERATOR_ONLY,
  },
  {
    mutation: "upsertProduct",
    scenario: "a new product",
    document: payload("upsertProduct", "UpsertProductInput"),
    input: ({ unique }) => ({
      key: `matrix-${unique}`.toLowerCase(),
      name: `Matrix ${unique}`,
      family: "CLOUD",
      isCspEligible: false,
      isMicrosoft365: false,
    }),
    expect: OPERATOR_ONLY,
  },
  {
    mutation: "addProductVersion",
    scenario: "a new Azure version",
    document: payload("addProductVersion", "AddProductVersionInput"),
    input: ({ unique }) => ({ productId: gid.product(DEMO_IDS.products.azure), name: `Azure ${unique}`, releasedOn: "2026-01-01" }),
    expect: OPERATOR_ONLY,
  },
  {
    mutation: "assignUserRole",
    scenario: "REPORT_VIEWER to a colleague",
    document: payload("assignUserRole", "AssignUserRoleInput"),
    input: ({ caller }) => ({ userId: gid.user(colleague(caller)), role: "REPORT_VIEWER" }),
    expect: ROLE_ADMINS,
  },
  {
    mutation: "assignUserRole",
    scenario: "REPORT_VIEWER to another organization's user",
    document: payload("assignUserRole", "AssignUserRoleInput"),
    input: ({ caller }) => ({ userId: gid.user(stranger(caller)), role: "REPORT_VIEWER" }),
    expect: cells({ contosoGlobalAdmin: "NOT_FOUND", fabrikamGlobalAdmin: "NOT_FOUND", operator: ALLOWED }, "FORBIDDEN"),
  },
  {
    mutation: "removeUserRole",
    scenario: "REPORT_VIEWER from a colleague",
    document: payload("removeUserRole", "RemoveUserRoleInput"),
    input: ({ caller }) => ({ userId: gid.user(colleague(caller)), role: "REPORT_VIEWER" }),
    expect: ROLE_ADMINS,
  },
  {
    mutation: "removeUserRole",
    scenario: "REPORT_VIEWER from another organization's user",
    document: payload("removeUserRole", "RemoveUserRoleInput"),
    input: ({ caller }) => ({ userId: gid.user(stranger(caller)), role: "REPORT_VIEWER" }),
    expect: cells({ contosoGlobalAdmin: "NOT_FOUND", fabrikamGlobalAdmin: "NOT_FOUND", operator: ALLOWED }, "FORBIDDEN"),
  },
];

export interface FieldRow {
  field: string;
  /** Selection of the field under `organization(id: $id) { ... }`. */
  selection: string;
  /** Reading the caller's own organization (callers without one have no cell). */
  own: Cells;
  /** Reading another organization: HIDDEN (null, like a missing one) for all but the operator. */
  foreign: Cells;
}

const FOREIGN = cells({ operator: ALLOWED }, "HIDDEN");
const ANY_MEMBER = cells({}, ALLOWED);
/** Program data: CSP-only accounts are NOT_AUTHORIZED. */
const PROGRAM_MEMBERS = cells({ adatumCspAgent: "NOT_AUTHORIZED" }, ALLOWED);

export const ORGANIZATION_FIELD_ROWS: FieldRow[] = [
  { field: "users", selection: "users(first: 5) { totalCount edges { node { id email } } }", own: ANY_MEMBER, foreign: FOREIGN },
  { field: "customers", selection: "customers(first: 5) { totalCount edges { node { id name } } }", own: ANY_MEMBER, foreign: FOREIGN },
  { field: "incidents", selection: "incidents(first: 5) { totalCount edges { node { id title } } }", own: ANY_MEMBER, foreign: FOREIGN },
  {
    field: "auditLog",
    selection: "auditLog(first: 5) { totalCount edges { node { id action } } }",
    own: cells({ contosoGlobalAdmin: ALLOWED, fabrikamGlobalAdmin: ALLOWED, operator: ALLOWED }, "FORBIDDEN"),
    foreign: FOREIGN,
  },
  { field: "membershipOffers", selection: "membershipOffers { id level }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
  { field: "entitlements", selection: "entitlements { onPremisesIncidentCount tpdHours }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
  { field: "technicalBenefits", selection: "technicalBenefits { __typename }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
  { field: "supportContracts", selection: "supportContracts { id kind }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
  { field: "tpdBalance", selection: "tpdBalance { __typename }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
  {
    field: "tpdEngagements",
    selection: "tpdEngagements(first: 5) { totalCount edges { node { id } } }",
    own: PROGRAM_MEMBERS,
    foreign: FOREIGN,
  },
  { field: "alerts", selection: "alerts { kind }", own: PROGRAM_MEMBERS, foreign: FOREIGN },
];

/** Organization fields that are not tenant data: identity of the organization itself. */
export const ORGANIZATION_PUBLIC_FIELDS = ["id", "name", "cspRelationship"];
