/**
 * The read side of the role matrix: every `Query` field and every object field whose resolver can
 * answer differently per viewer (see `guarded-read-fields.ts`), against every caller, with what each
 * caller sees. `role-matrix.test.ts` runs the rows on one seeded gateway and fails when such a field
 * has no row here, in `ORGANIZATION_FIELD_ROWS`, or in `VIEWER_INDEPENDENT_FIELDS`.
 *
 * A cell is either a request-level `extensions.code` (the whole answer is then null) or `saw(value)`:
 * no error, and the row's `seen(data)` reduces the answer to exactly `value` (so "null", "filtered"
 * and "allowed" are all asserted on the data itself).
 */
import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { NodeType, toGlobalId } from "../../src/relay/global-id";
import { TEST_TODAY, type TestGateway } from "../support/test-gateway";
import { CALLERS, type Caller, gid } from "./role-matrix";

export type ReadCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_AUTHORIZED";
export type ReadCell = ReadCode | { saw: unknown };
export type ReadCells = Record<Caller, ReadCell>;
export const saw = (value: unknown): ReadCell => ({ saw: value });

/** Fills a row: listed callers get their cell, anonymous is UNAUTHENTICATED, everyone else `otherwise`. */
function cells(listed: Partial<ReadCells>, otherwise: ReadCell): ReadCells {
  const row = {} as ReadCells;
  for (const caller of CALLERS) row[caller] = listed[caller] ?? (caller === "anonymous" ? "UNAUTHENTICATED" : otherwise);
  return row;
}
/** A cell per caller computed from the caller (e.g. its own email). */
function perCaller(cell: (caller: Exclude<Caller, "anonymous">) => ReadCell): ReadCells {
  const row = {} as ReadCells;
  for (const caller of CALLERS) row[caller] = caller === "anonymous" ? "UNAUTHENTICATED" : cell(caller);
  return row;
}

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by their reduced value, not by type
type Data = any;

export interface ReadRow {
  /** The `Type.field` coordinates this row proves (each must be selected by `document`). */
  covers: string[];
  scenario: string;
  document: string;
  variables?: Record<string, unknown>;
  /** The facts the row asserts, taken from `data` of an answer without errors. */
  seen(data: Data): unknown;
  expect: ReadCells;
}

const FABRIKAM_NAME = "Fabrikam, Inc.";
/** SR-2: Fabrikam's open incident for its CSP customer Woodgrove Bank, opened by its Admin Agent on the on-premises contract. */
const SR2 = toGlobalId(NodeType.SupportIncident, "80000000-0000-4000-8000-000000000002");
const ORG_NAMES: Record<string, string> = {
  operations: "Partner Program Operations",
  contoso: "Contoso Ltd.",
  fabrikam: FABRIKAM_NAME,
  adatum: "Adatum Corporation",
};
const FABRIKAM_READERS = ["fabrikamGlobalAdmin", "fabrikamAdminAgent", "fabrikamHelpdesk", "operator"] as const;
/** The same cell for every Fabrikam user and the operator (who reads every tenant), `otherwise` for the rest. */
function fabrikamAndOperator(cell: ReadCell, otherwise: ReadCell): ReadCells {
  return cells(Object.fromEntries(FABRIKAM_READERS.map((caller) => [caller, cell])), otherwise);
}

/**
 * State the rows read, arranged once per gateway: Fabrikam's Global Admin adds a note to SR-2, and
 * the outside account links Fabrikam's contracts with the Access ID + Contract ID pair (an alert,
 * a linked account, audit entries).
 */
export async function arrangeReadData(gateway: TestGateway): Promise<void> {
  const note = await gateway.gql(
    `mutation ($id: ID!) { addSupportIncidentNote(input: { supportIncidentId: $id, body: "Matrix note" }) { userErrors { code } } }`,
    { id: SR2 },
    { as: "fabrikamGlobalAdmin" },
  );
  const link = await gateway.gql(
    `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
    { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
    { as: "outsideMsa" },
  );
  for (const response of [note, link]) {
    const errors = response.errors ?? Object.values(response.data ?? {}).flatMap((payload: Data) => payload.userErrors);
    if (errors.length > 0) throw new Error(`arranging the read matrix failed: ${JSON.stringify(errors)}`);
  }
  // Alerts look back 30 days from the test's fixed today, but the link was made on the wall clock's day:
  // move it to that today (links are never updated, so they are put back with the date).
  await gateway.database.db.transaction().execute(async (trx) => {
    const links = await trx.deleteFrom("contractLinks").where("userId", "=", DEMO_USERS.outsideMsa.id).returningAll().execute();
    const linkedAt = new Date(`${TEST_TODAY}T09:00:00.000Z`);
    await trx
      .insertInto("contractLinks")
      .values(links.map((link) => ({ ...link, linkedAt })))
      .execute();
  });
}

const FRANK = DEMO_USERS.fabrikamGlobalAdmin.email;
const FIONA = DEMO_USERS.fabrikamAdminAgent.email;
const OUTSIDE = DEMO_USERS.outsideMsa.email;
const OPERATOR = DEMO_USERS.operator.email;
const FABRIKAM_AUDIT = [
  `linkSupportContract:SUCCEEDED:null:${FABRIKAM_NAME}`,
  `addSupportIncidentNote:SUCCEEDED:${FRANK}:${FABRIKAM_NAME}`,
];
const incidentNumbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `SR-${String(from + i).padStart(4, "0")}`);

/** SQL Server 2022 as of the test's today, with 2025 in the catalog: N-1 in mainstream until its mainstream end (2028-01-11). */
const SQL_2022_COVERAGE = {
  product: "sql-server",
  covered: true,
  until: "2028-01-12",
  windows: ["COVERED_AS_N_MINUS_1_MAINSTREAM", "NOT_COVERED"],
};

export const READ_ROWS: ReadRow[] = [
  {
    covers: ["Query.viewer", "User.roles", "User.organization", "User.permissions"],
    scenario: "the signed-in account",
    document: `{ viewer { email roles organization { name } permissions { canReadAllOrganizations canManageCatalog } } }`,
    seen: ({ viewer }) => ({
      email: viewer.email,
      roles: viewer.roles,
      organization: viewer.organization?.name ?? null,
      operatorPowers: [viewer.permissions.canReadAllOrganizations, viewer.permissions.canManageCatalog],
    }),
    // Everyone sees themselves (the outside account has no organization); only the operator reads all and manages the catalog.
    expect: perCaller((caller) => {
      const user = DEMO_USERS[caller];
      return saw({
        email: user.email,
        roles: [...user.roles],
        organization: user.organization ? ORG_NAMES[user.organization] : null,
        operatorPowers: caller === "operator" ? [true, true] : [false, false],
      });
    }),
  },
  {
    covers: ["User.linkedContracts", "SupportContract.linkedAt", "SupportContract.linkedAccountCount", "SupportContract.linkedAccounts"],
    scenario: "the contracts the signed-in account linked",
    document: `{ viewer { linkedContracts { kind linkedAt linkedAccountCount linkedAccounts(first: 10) { totalCount } } } }`,
    seen: ({ viewer }) =>
      viewer.linkedContracts.map((contract: Data) => ({
        kind: contract.kind,
        linked: contract.linkedAt !== null,
        count: contract.linkedAccountCount,
        accounts: contract.linkedAccounts?.totalCount ?? null,
      })),
    // Fabrikam's Global Admin (a manager) sees the links of its contracts; its Admin Agent sees only the count;
    // the outside account linked the same contracts but sees neither the count nor the accounts (not its organization's).
    expect: cells(
      {
        fabrikamGlobalAdmin: saw([
          { kind: "ON_PREMISES", linked: true, count: 3, accounts: 3 },
          { kind: "CLOUD", linked: true, count: 3, accounts: 3 },
        ]),
        fabrikamAdminAgent: saw([
          { kind: "ON_PREMISES", linked: true, count: 3, accounts: null },
          { kind: "CLOUD", linked: true, count: 3, accounts: null },
        ]),
        outsideMsa: saw([
          { kind: "ON_PREMISES", linked: true, count: null, accounts: null },
          { kind: "CLOUD", linked: true, count: null, accounts: null },
        ]),
      },
      saw([]),
    ),
  },
  {
    covers: [
      "Organization.supportContracts",
      "SupportContract.state",
      "SupportContract.linkedAt",
      "SupportContract.linkedAccountCount",
      "SupportContract.linkedAccounts",
    ],
    scenario: "Fabrikam's contracts and who linked them",
    document: `query ($org: ID!) { organization(id: $org) { supportContracts { kind state linkedAt linkedAccountCount
      linkedAccounts(first: 10) { edges { node { accountKind isOutsideOrganization user { email } } } } } } }`,
    variables: { org: gid.org("fabrikam") },
    seen: ({ organization }) =>
      organization?.supportContracts.map((contract: Data) => ({
        kind: contract.kind,
        state: contract.state,
        linked: contract.linkedAt !== null,
        count: contract.linkedAccountCount,
        accounts:
          contract.linkedAccounts?.edges.map(({ node }: Data) => `${node.user?.email}:${node.accountKind}:${node.isOutsideOrganization}`) ??
          null,
      })) ?? null,
    expect: (() => {
      const accounts = [`${FRANK}:AAD:false`, `${FIONA}:AAD:false`, `${OUTSIDE}:MSA:true`];
      const contracts = (linked: boolean, manager: boolean) =>
        saw(["ON_PREMISES", "CLOUD"].map((kind) => ({ kind, state: "ACTIVE", linked, count: 3, accounts: manager ? accounts : null })));
      // Another organization is hidden whole (null), like a missing one.
      return cells(
        {
          fabrikamGlobalAdmin: contracts(true, true),
          fabrikamAdminAgent: contracts(true, false),
          fabrikamHelpdesk: contracts(false, false),
          operator: contracts(false, true),
        },
        saw(null),
      );
    })(),
  },
  {
    covers: ["Organization.alerts", "OrganizationAlert.user", "OrganizationAlert.actors", "OrganizationAlert.supportContract"],
    scenario: "Fabrikam's alert about the outside account that linked its contract",
    document: `query ($org: ID!) { organization(id: $org) { alerts { kind user { email } actors { email } supportContract { kind } } } }`,
    variables: { org: gid.org("fabrikam") },
    seen: ({ organization }) =>
      organization?.alerts
        .filter((alert: Data) => alert.kind === "OUTSIDE_ACCOUNT_LINKED")
        .map((alert: Data) => ({
          user: alert.user?.email ?? null,
          actors: alert.actors.map((actor: Data) => actor.email),
          contract: alert.supportContract?.kind ?? null,
        })) ?? null,
    // Who linked is shown to those who can unlink (the Global Admin, the operator); other members learn that someone did.
    // The alert names who can act (the Global Admin) and the contract.
    expect: (() => {
      const alert = (user: string | null) => saw([{ user, actors: [FRANK], contract: "ON_PREMISES" }]);
      return cells(
        { fabrikamGlobalAdmin: alert(OUTSIDE), operator: alert(OUTSIDE), fabrikamAdminAgent: alert(null), fabrikamHelpdesk: alert(null) },
        saw(null),
      );
    })(),
  },
  {
    covers: ["Organization.auditLog", "AuditEntry.actor", "AuditEntry.organization"],
    // Newest first. The outside account is named in no organization's log (it belongs to none); who linked is
    // shown through `SupportContract.linkedAccounts` to those who may unlink it.
    scenario: "Fabrikam's audit log",
    document: `query ($org: ID!) { organization(id: $org) { auditLog(first: 10) { edges { node { action outcome actor { email } organization { name } } } } } }`,
    variables: { org: gid.org("fabrikam") },
    seen: ({ organization }) =>
      organization?.auditLog.edges.map(
        ({ node }: Data) => `${node.action}:${node.outcome}:${node.actor?.email ?? null}:${node.organization?.name ?? null}`,
      ) ?? null,
    expect: cells(
      {
        fabrikamGlobalAdmin: saw(FABRIKAM_AUDIT),
        operator: saw(FABRIKAM_AUDIT),
        fabrikamAdminAgent: "FORBIDDEN",
        fabrikamHelpdesk: "FORBIDDEN",
      },
      saw(null),
    ),
  },
  {
    covers: ["Query.auditLog", "AuditEntry.actor", "AuditEntry.organization"],
    scenario: "every organization's audit log",
    document: `{ auditLog(first: 10) { totalCount edges { node { action actor { email } organization { name } } } } }`,
    seen: ({ auditLog }) =>
      auditLog.edges.map(({ node }: Data) => `${node.action}:${node.actor?.email ?? null}:${node.organization?.name ?? null}`).sort(),
    expect: cells(
      {
        operator: saw([`addSupportIncidentNote:${FRANK}:${FABRIKAM_NAME}`, `linkSupportContract:null:${FABRIKAM_NAME}`]),
      },
      "FORBIDDEN",
    ),
  },
  {
    covers: [
      "Query.incident",
      "SupportIncident.organization",
      "SupportIncident.customer",
      "CspCustomer.partnerOrganization",
      "SupportIncident.productVersion",
      "SupportIncident.supportContract",
      "SupportIncident.timeline",
      "SupportIncidentEvent.actor",
    ],
    scenario: "SR-2, Fabrikam's incident for its customer Woodgrove Bank",
    document: `{ incident(number: "SR-2") { number organization { name } customer { name partnerOrganization { name } }
      productVersion { name } supportContract { kind } timeline { edges { node { __typename actor { email } } } } } }`,
    seen: ({ incident }) =>
      incident && {
        number: incident.number,
        organization: incident.organization?.name ?? null,
        customer: `${incident.customer.name} of ${incident.customer.partnerOrganization?.name ?? null}`,
        version: incident.productVersion.name,
        contract: incident.supportContract?.kind ?? null,
        timeline: incident.timeline.edges.map(({ node }: Data) => `${node.__typename}:${node.actor?.email ?? null}`),
      },
    // Whoever may read the incident reads all of it; anyone else gets null, exactly like a missing number.
    expect: fabrikamAndOperator(
      saw({
        number: "SR-0002",
        organization: FABRIKAM_NAME,
        customer: `Woodgrove Bank of ${FABRIKAM_NAME}`,
        version: "2022",
        contract: "ON_PREMISES",
        // Seeded: opened by the Admin Agent, work started and a note by the operator; then the arranged note.
        timeline: [
          `SupportIncidentCreatedEvent:${FIONA}`,
          `SupportIncidentStatusChangedEvent:${OPERATOR}`,
          `SupportIncidentNoteEvent:${OPERATOR}`,
          `SupportIncidentNoteEvent:${FRANK}`,
        ],
      }),
      saw(null),
    ),
  },
  {
    covers: ["SupportIncident.createdBy", "User.permissions", "User.linkedContracts", "User.organization"],
    scenario: "the requester of SR-2 (Fabrikam's Admin Agent), seen by others",
    document: `{ incident(number: "SR-2") { createdBy { email organization { name } permissions { canLinkContracts } linkedContracts { kind } } } }`,
    seen: ({ incident }) =>
      incident && {
        email: incident.createdBy.email,
        organization: incident.createdBy.organization?.name ?? null,
        permissions: incident.createdBy.permissions !== null,
        linkedContracts: incident.createdBy.linkedContracts?.length ?? null,
      },
    // Permissions and links of an account are its own business: null for everyone but the account itself.
    expect: (() => {
      const other = saw({ email: FIONA, organization: FABRIKAM_NAME, permissions: false, linkedContracts: null });
      return cells(
        {
          fabrikamAdminAgent: saw({ email: FIONA, organization: FABRIKAM_NAME, permissions: true, linkedContracts: 2 }),
          fabrikamGlobalAdmin: other,
          fabrikamHelpdesk: other,
          operator: other,
        },
        saw(null),
      );
    })(),
  },
  {
    covers: ["Query.incidents"],
    scenario: "every incident the caller may read",
    document: `{ incidents(first: 50) { totalCount edges { node { number } } } }`,
    seen: ({ incidents }) => ({ totalCount: incidents.totalCount, numbers: incidents.edges.map(({ node }: Data) => node.number).sort() }),
    // Fabrikam's users read Fabrikam's nine; the operator all nineteen (Northwind's too); nobody else opened any.
    expect: cells(
      {
        fabrikamGlobalAdmin: saw({ totalCount: 9, numbers: incidentNumbers(1, 9) }),
        fabrikamAdminAgent: saw({ totalCount: 9, numbers: incidentNumbers(1, 9) }),
        fabrikamHelpdesk: saw({ totalCount: 9, numbers: incidentNumbers(1, 9) }),
        operator: saw({ totalCount: 19, numbers: incidentNumbers(1, 19) }),
      },
      saw({ totalCount: 0, numbers: [] }),
    ),
  },
  {
    covers: ["Query.node"],
    scenario: "SR-2 by its global ID",
    document: `query ($id: ID!) { node(id: $id) { id ... on SupportIncident { number } } }`,
    variables: { id: SR2 },
    seen: ({ node }) => node?.number ?? null,
    expect: fabrikamAndOperator(saw("SR-0002"), saw(null)),
  },
  {
    covers: ["Query.nodes"],
    scenario: "Fabrikam and Contoso by their global IDs",
    document: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { name } } }`,
    variables: { ids: [gid.org("fabrikam"), gid.org("contoso")] },
    seen: ({ nodes }) => nodes.map((node: Data) => node?.name ?? null),
    expect: perCaller((caller) => {
      if (caller === "operator") return saw([FABRIKAM_NAME, ORG_NAMES.contoso]);
      const own = DEMO_USERS[caller].organization;
      return saw([own === "fabrikam" ? FABRIKAM_NAME : null, own === "contoso" ? ORG_NAMES.contoso : null]);
    }),
  },
  {
    covers: ["Query.organization"],
    scenario: "Fabrikam by ID",
    document: `query ($org: ID!) { organization(id: $org) { name } }`,
    variables: { org: gid.org("fabrikam") },
    seen: ({ organization }) => organization?.name ?? null,
    expect: fabrikamAndOperator(saw(FABRIKAM_NAME), saw(null)),
  },
  {
    covers: ["Query.organizations"],
    scenario: "every organization",
    document: `{ organizations(first: 50) { totalCount edges { node { name } } } }`,
    seen: ({ organizations }) => ({ totalCount: organizations.totalCount, first: organizations.edges[0]?.node.name }),
    expect: cells({ operator: saw({ totalCount: Object.keys(DEMO_IDS.organizations).length, first: "Adatum Corporation" }) }, "FORBIDDEN"),
  },
  {
    covers: ["Query.eligibility"],
    scenario: "SQL Server 2022 for the own organization",
    document: `query ($version: ID!) { eligibility(productVersionId: $version) { isEligible steps { rule result } } }`,
    variables: { version: gid.version(DEMO_IDS.productVersions.sqlServer2022) },
    seen: ({ eligibility }) => ({
      isEligible: eligibility.isEligible,
      firstFailure: eligibility.steps.find((step: Data) => step.result === "FAIL")?.rule ?? null,
    }),
    // Those linked to Fabrikam's contract (its admins, and the outside account since it entered the pair) may open one.
    expect: cells(
      {
        fabrikamGlobalAdmin: saw({ isEligible: true, firstFailure: null }),
        fabrikamAdminAgent: saw({ isEligible: true, firstFailure: null }),
        outsideMsa: saw({ isEligible: true, firstFailure: null }),
        fabrikamHelpdesk: saw({ isEligible: false, firstFailure: "LINK" }),
        contosoGlobalAdmin: saw({ isEligible: false, firstFailure: "ACTIVATION" }),
        contosoPartnerAdmin: saw({ isEligible: false, firstFailure: "ACTIVATION" }),
        contosoAdminAgent: saw({ isEligible: false, firstFailure: "ACTIVATION" }),
        contosoHelpdesk: saw({ isEligible: false, firstFailure: "ACTIVATION" }),
        operator: saw({ isEligible: false, firstFailure: "OFFER" }),
        adatumCspAgent: "NOT_AUTHORIZED",
      },
      "FORBIDDEN",
    ),
  },
  {
    covers: ["Query.supportPlans", "SupportPlan.supportContract"],
    scenario: "SQL Server 2022 for the own organization",
    document: `query ($version: ID!) { supportPlans(productVersionId: $version) { available { kind supportContract { kind } } unavailable { plan { kind } reason } } }`,
    variables: { version: gid.version(DEMO_IDS.productVersions.sqlServer2022) },
    seen: ({ supportPlans }) => ({
      available: supportPlans.available.map((plan: Data) => `${plan.kind}:${plan.supportContract?.kind ?? null}`),
      unavailable: supportPlans.unavailable.map((plan: Data) => `${plan.plan.kind}:${plan.reason}`).sort(),
    }),
    // The same answer as eligibility, as plans; the outside account uses Fabrikam's contract it linked. A CSP-only
    // account is told it is not entitled (unlike `eligibility`, this field is documented for any signed-in user).
    expect: (() => {
      const linked = saw({ available: ["PRODUCT_SUPPORT:ON_PREMISES"], unavailable: ["SIGNATURE_CLOUD:WRONG_PRODUCT_KIND"] });
      const notActivated = saw({ available: [], unavailable: ["PRODUCT_SUPPORT:BENEFITS_NOT_ACTIVATED"] });
      return cells(
        {
          fabrikamGlobalAdmin: linked,
          fabrikamAdminAgent: linked,
          outsideMsa: linked,
          fabrikamHelpdesk: saw({ available: [], unavailable: ["PRODUCT_SUPPORT:NOT_LINKED", "SIGNATURE_CLOUD:WRONG_PRODUCT_KIND"] }),
          contosoGlobalAdmin: notActivated,
          contosoPartnerAdmin: notActivated,
          contosoAdminAgent: notActivated,
          contosoHelpdesk: notActivated,
        },
        saw({ available: [], unavailable: ["PRODUCT_SUPPORT:NOT_ENTITLED"] }),
      );
    })(),
  },
  {
    covers: [
      "Query.products",
      "Product.versions",
      "ProductVersion.product",
      "ProductVersion.coverage",
      "ProductVersion.coveredUntil",
      "ProductVersion.coverageWindows",
    ],
    scenario: "the catalog and SQL Server 2022's coverage",
    document: `{ products { key versions { name product { key } coverage { isCovered } coveredUntil
      coverageWindows(from: "2026-01-01", to: "2030-01-01") { status } } } }`,
    seen: ({ products }) => {
      const sql = products.find((product: Data) => product.key === "sql-server");
      const version = sql?.versions.find((v: Data) => v.name === "2022");
      return {
        products: products.length,
        version: version && {
          product: version.product.key,
          covered: version.coverage.isCovered,
          until: version.coveredUntil,
          windows: version.coverageWindows.map((w: Data) => w.status),
        },
      };
    },
    // The catalog is the same for every signed-in account.
    expect: cells({}, saw({ products: 7, version: SQL_2022_COVERAGE })),
  },
  {
    covers: ["Query.inputLimits"],
    scenario: "input limits",
    document: `{ inputLimits { incidentTitle incidentNote } }`,
    seen: ({ inputLimits }) => inputLimits,
    // Needs no sign-in: a form can size its fields before the user signs in.
    expect: cells({ anonymous: saw({ incidentTitle: 200, incidentNote: 5000 }) }, saw({ incidentTitle: 200, incidentNote: 5000 })),
  },
];

/**
 * Fields resolved with the context that answer the same whatever the viewer: each is reached only
 * through a guarded parent and loads by the parent's IDs. The coverage test checks that none of
 * their resolvers mentions the viewer; a field that starts to depend on it needs a row instead.
 */
export const VIEWER_INDEPENDENT_FIELDS: Record<string, string> = {
  "TechnicalBenefits.usersWhoCanActivate": "users by the IDs the guarded Organization.technicalBenefits computed",
  "TechnicalBenefits.activatedBy": "who activated, under the guarded Organization.technicalBenefits",
  "BenefitYear.activatedBy": "who activated, under the guarded Organization.technicalBenefits",
  "ActivateTechnicalBenefitsPayload.usersWhoCanActivate": "payload of activateTechnicalBenefits (its mutation rows)",
  "MembershipOffer.isActive": "the offer's dates against today, under the guarded Organization.membershipOffers",
  "TpdBalance.engagements": "engagements of the balance, under the guarded Organization.tpdBalance",
  "TpdEngagement.createdBy": "requester of an engagement, under the guarded Organization.tpdEngagements",
  "OrganizationAlert.membershipOffer": "the offer an alert concerns, under the guarded Organization.alerts",
};
