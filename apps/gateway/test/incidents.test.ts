import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const V = DEMO_IDS.productVersions;
const C = DEMO_IDS.contracts;
const CU = DEMO_IDS.cspCustomers;
const O = DEMO_IDS.organizations;
const gid = {
  version: (id: string) => toGlobalId("ProductVersion", id),
  contract: (id: string) => toGlobalId("SupportContract", id),
  customer: (id: string) => toGlobalId("CspCustomer", id),
  incident: (id: string) => toGlobalId("SupportIncident", id),
  organization: (id: string) => toGlobalId("Organization", id),
  user: (id: string) => toGlobalId("User", id),
  product: (id: string) => toGlobalId("Product", id),
};
const demoIncident = (n: number) => gid.incident(`80000000-0000-4000-8000-${String(n).padStart(12, "0")}`);

const INCIDENT_FIELDS = `id number sequenceNumber title description severity status planKind supportContract { id remainingIncidentCount } wasConsumed isRefunded
  contact { name email phone } productVersion { name product { key } } createdBy { email } customer { name }
  organization { name } createdAt updatedAt resolvedAt withdrawnAt`;

const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { isReplay supportContract { id remainingIncidentCount } incident { ${INCIDENT_FIELDS} } userErrors { code field message } }
}`;
const CREATE_WITH_PLANS = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) {
    incident { id planKind supportContract { id } wasConsumed }
    userErrors { code field message }
    supportPlans { unavailable { reason message plan { kind supportContract { id } } } paidPlanSuggestions { kind } available { kind } }
  }
}`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportIncident(input: { incidentId: $id }) { wasRefunded supportContract { id remainingIncidentCount } incident { status isRefunded withdrawnAt supportContract { id } } userErrors { code field message } } }`;
const RESOLVE = `mutation ($id: ID!) { resolveSupportIncident(input: { incidentId: $id }) { incident { status resolvedAt } userErrors { code message } } }`;
const START = `mutation ($id: ID!) { startWorkOnSupportIncident(input: { incidentId: $id }) { incident { status } userErrors { code message } } }`;
const LIST = `query ($first: Int, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {
  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id sequenceNumber severity status createdAt organization { name } } }
    nodes { id }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on SupportIncident { number title } } }`;
const PLANS = `query ($v: ID!, $c: ID) { supportPlans(productVersionId: $v, customerId: $c) {
  available { supportContract { id } remainingIncidentCount } unavailable { plan { supportContract { id } remainingIncidentCount } reason } } }`;

function draft(version: string, overrides: Record<string, unknown> = {}) {
  return {
    productVersionId: gid.version(version),
    title: "  Cluster validation fails  ",
    description: "Validation reports a storage error on node 2.",
    severity: "B",
    contact: { name: "Pat Contact", email: "pat@example.com", phone: "+1 555 0100" },
    ...overrides,
  };
}

async function create(gateway: TestGateway, as: DemoUserKey, version: string, overrides: Record<string, unknown> = {}) {
  const response = await gateway.gql(CREATE, { input: draft(version, overrides) }, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data?.createSupportIncident;
}

/** Incidents left on a contract, as its linked Fabrikam admin sees it through supportPlans. */
async function remaining(gateway: TestGateway, contract: string, version: string): Promise<number | null> {
  const { data, errors } = await gateway.gql(PLANS, { v: gid.version(version) }, { as: "fabrikamGlobalAdmin" });
  expect(errors).toBeUndefined();
  const listing = data?.supportPlans ?? { available: [], unavailable: [] };
  const plans = [...listing.available, ...listing.unavailable.map((entry: any) => entry.plan)];
  return plans.find((plan: any) => plan.supportContract?.id === gid.contract(contract))?.remainingIncidentCount;
}
const onPremRemaining = (gateway: TestGateway) => remaining(gateway, C.fabrikamOnPremises, V.sqlServer2022);
const cloudRemaining = (gateway: TestGateway) => remaining(gateway, C.fabrikamCloud, V.azureCurrent);

async function list(gateway: TestGateway, as: DemoUserKey, variables: Record<string, unknown> = {}) {
  const response = await gateway.gql(LIST, variables, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data?.incidents;
}

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("listing incidents (seed: Fabrikam 9, Northwind 10)", () => {
  it("pages through all of an organization's incidents with first/after, totalCount on every page", async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await list(gateway, "northwindGlobalAdmin", { first: 3, after, orderBy: { field: "NUMBER", direction: "ASC" } });
      pages += 1;
      expect(page.totalCount).toBe(10);
      expect(page.nodes.map((n: any) => n.id)).toEqual(page.edges.map((e: any) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      seen.push(...page.edges.map((e: any) => e.node.sequenceNumber));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it("sorts newest first by default and keeps the order across pages", async () => {
    const all = await list(gateway, "fabrikamHelpdesk", { first: 100 });
    expect(all.totalCount).toBe(9);
    const created = all.edges.map((e: any) => e.node.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const first = await list(gateway, "fabrikamHelpdesk", { first: 4 });
    const second = await list(gateway, "fabrikamHelpdesk", { first: 4, after: first.pageInfo.endCursor });
    const third = await list(gateway, "fabrikamHelpdesk", { first: 4, after: second.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((n: any) => n.id)).toEqual(all.nodes.map((n: any) => n.id));
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ["SEVERITY", "ASC"],
    ["SEVERITY", "DESC"],
    ["UPDATED_AT", "ASC"],
    ["NUMBER", "DESC"],
    ["CREATED_AT", "ASC"],
  ] as const)("sorts by %s %s without overlap or gap between pages", async (field, direction) => {
    const orderBy = { field, direction };
    const all = await list(gateway, "operator", { first: 100, orderBy });
    expect(all.totalCount).toBeGreaterThanOrEqual(19);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await list(gateway, "operator", { first: 5, after, orderBy });
      ids.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.nodes.map((n: any) => n.id));
    if (field === "SEVERITY") {
      const severities = all.edges.map((e: any) => e.node.severity);
      const sorted = [...severities].sort();
      expect(severities).toEqual(direction === "ASC" ? sorted : sorted.reverse());
    }
    if (field === "NUMBER") {
      const numbers = all.edges.map((e: any) => e.node.sequenceNumber);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    }
  });

  it.each([
    ["status", { status: ["OPEN"] }, 3],
    ["several statuses", { status: ["OPEN", "IN_PROGRESS"] }, 5],
    ["product", { productId: gid.product(DEMO_IDS.products.windowsServer) }, 4],
    ["product version", { productVersionId: gid.version(V.sqlServer2022) }, 3],
    ["creator", { createdById: gid.user(DEMO_USERS.northwindGlobalAdmin.id) }, 10],
    ["another creator", { createdById: gid.user(DEMO_USERS.fabrikamGlobalAdmin.id) }, 0],
    ["own organization", { organizationId: gid.organization(O.northwind) }, 10],
    ["status and product", { status: ["RESOLVED"], productId: gid.product(DEMO_IDS.products.sqlServer) }, 1],
  ])("filters Northwind's incidents by %s", async (_label, filter, count) => {
    const page = await list(gateway, "northwindGlobalAdmin", { first: 100, filter });
    expect(page.totalCount).toBe(count);
    expect(page.nodes).toHaveLength(count);
  });

  it("filters by customer", async () => {
    const page = await list(gateway, "fabrikamAdminAgent", { filter: { customerId: gid.customer(CU.fabrikamWoodgroveBank) } });
    expect(page.edges.map((e: any) => e.node.sequenceNumber)).toEqual([2]);
  });

  it("Organization.incidents takes the same arguments", async () => {
    const { data, errors } = await gateway.gql(
      `{ viewer { organization { incidents(first: 2, filter: { status: [IN_PROGRESS] }, orderBy: { field: NUMBER, direction: ASC }) { totalCount nodes { number } } } } }`,
      {},
      { as: "northwindGlobalAdmin" },
    );
    expect(errors).toBeUndefined();
    expect(data?.viewer.organization.incidents).toEqual({ totalCount: 2, nodes: [{ number: "SR-0015" }, { number: "SR-0016" }] });
  });

  it("rejects a page size over the maximum, a negative one and a foreign cursor with BAD_USER_INPUT", async () => {
    for (const variables of [
      { first: 101 },
      { first: -1 },
      { after: "not-a-cursor" },
      { after: Buffer.from(JSON.stringify(["x", "y"])).toString("base64url") },
    ]) {
      const response = await gateway.gql(LIST, variables, { as: "northwindGlobalAdmin" });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(response.data?.incidents ?? null).toBeNull();
    }
    // A cursor of one order used with another.
    const page = await list(gateway, "northwindGlobalAdmin", { first: 1, orderBy: { field: "NUMBER", direction: "ASC" } });
    const mixed = await gateway.gql(LIST, { after: page.pageInfo.endCursor }, { as: "northwindGlobalAdmin" });
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const exactly100 = await list(gateway, "northwindGlobalAdmin", { first: 100 });
    expect(exactly100.nodes).toHaveLength(10);
  });

  it("requires a signed-in user", async () => {
    const response = await gateway.gql(LIST, {});
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("tenant isolation", () => {
  it("a Contoso user sees no Fabrikam or Northwind incident", async () => {
    const page = await list(gateway, "contosoGlobalAdmin", { first: 100 });
    expect(page.totalCount).toBe(0);
    expect(page.nodes).toEqual([]);
  });

  it("filtering by a foreign organization yields nothing (not an error)", async () => {
    const page = await list(gateway, "contosoGlobalAdmin", { filter: { organizationId: gid.organization(O.fabrikam) } });
    expect(page).toMatchObject({ totalCount: 0, nodes: [] });
    const unknown = await list(gateway, "contosoGlobalAdmin", {
      filter: { organizationId: gid.organization("10000000-0000-4000-8000-999999999999") },
    });
    expect(unknown).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it("a foreign incident id answers null, exactly like a missing one", async () => {
    const foreign = await gateway.gql(NODE, { id: demoIncident(3) }, { as: "contosoGlobalAdmin" });
    const missing = await gateway.gql(NODE, { id: demoIncident(999) }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ node: null });
    expect(missing.data).toEqual(foreign.data);
    const own = await gateway.gql(NODE, { id: demoIncident(3) }, { as: "fabrikamHelpdesk" });
    expect(own.data?.node).toEqual({ __typename: "SupportIncident", number: "SR-0003", title: "Search crawl skips a content source" });
    const operator = await gateway.gql(NODE, { id: demoIncident(12) }, { as: "operator" });
    expect(operator.data?.node?.number).toBe("SR-0012");
  });

  it.each([
    ["withdrawSupportIncident", WITHDRAW],
    ["resolveSupportIncident", RESOLVE],
  ])("%s on a foreign incident is NOT_FOUND, exactly like a missing one", async (_name, mutation) => {
    const foreign = await gateway.gql(mutation, { id: demoIncident(3) }, { as: "contosoGlobalAdmin" });
    const missing = await gateway.gql(mutation, { id: demoIncident(999) }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const still = await gateway.gql(NODE.replace("number title", "number status"), { id: demoIncident(3) }, { as: "fabrikamHelpdesk" });
    expect(still.data?.node).toMatchObject({ status: "OPEN" });
  });

  it("a malformed incident id is BAD_USER_INPUT", async () => {
    const response = await gateway.gql(WITHDRAW, { id: gid.organization(O.fabrikam) }, { as: "fabrikamGlobalAdmin" });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("createSupportIncident: validation and refusals", () => {
  it("returns every invalid field with its path and creates nothing", async () => {
    const before = (await list(gateway, "fabrikamGlobalAdmin")).totalCount;
    const payload = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, {
      title: "   ",
      contact: { name: "Pat", email: "pat@example", phone: null },
    });
    expect(payload).toEqual({
      isReplay: null,
      supportContract: null,
      incident: null,
      userErrors: [
        { code: "FIELD_REQUIRED", field: ["input", "title"], message: expect.any(String) },
        { code: "INVALID_EMAIL", field: ["input", "contact", "email"], message: expect.any(String) },
      ],
    });
    expect((await list(gateway, "fabrikamGlobalAdmin")).totalCount).toBe(before);
    expect(await onPremRemaining(gateway)).toBe(12);
  });

  it("an unknown version is UNKNOWN_VERSION; a malformed id is BAD_USER_INPUT; a bad severity is rejected by the schema", async () => {
    const unknown = await create(gateway, "fabrikamGlobalAdmin", "70000000-0000-4000-8000-999999999999");
    expect(unknown.userErrors).toEqual([{ code: "UNKNOWN_VERSION", field: ["input", "productVersionId"], message: expect.any(String) }]);
    const malformed = await gateway.gql(
      CREATE,
      { input: { ...draft(V.sqlServer2022), productVersionId: "??" } },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const severity = await gateway.gql(CREATE, { input: { ...draft(V.sqlServer2022), severity: "D" } }, { as: "fabrikamGlobalAdmin" });
    expect(severity.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["a version out of coverage", "fabrikamGlobalAdmin", V.sqlServer2019, {}, "VERSION_NOT_COVERED", ["input", "productVersionId"]],
    ["N-2", "fabrikamGlobalAdmin", V.windowsServer2016, {}, "VERSION_NOT_COVERED", ["input", "productVersionId"]],
    ["a member who has not linked", "fabrikamHelpdesk", V.sqlServer2022, {}, "NOT_LINKED", null],
    ["no offer at all (Tailspin)", "tailspinGlobalAdmin", V.sqlServer2022, {}, "NOT_ENTITLED", null],
    [
      "Action Pack on a cloud product (Northwind), not WRONG_PRODUCT_KIND",
      "northwindGlobalAdmin",
      V.azureCurrent,
      {},
      "NOT_ENTITLED",
      null,
    ],
    ["not activated (Contoso)", "contosoGlobalAdmin", V.windowsServer2025, {}, "BENEFITS_NOT_ACTIVATED", null],
    ["no incidents left (Northwind)", "northwindGlobalAdmin", V.windowsServer2025, {}, "NO_INCIDENTS_REMAINING", null],
    [
      "Windows Server 2022: N-1 out of mainstream since 2026-10-13",
      "fabrikamGlobalAdmin",
      V.windowsServer2022,
      {},
      "VERSION_NOT_COVERED",
      ["input", "productVersionId"],
    ],
    [
      "the cloud plan for an on-premises product",
      "fabrikamGlobalAdmin",
      V.sqlServer2022,
      { planKind: "SIGNATURE_CLOUD" },
      "WRONG_PRODUCT_KIND",
      null,
    ],
    [
      "the cloud contract for an on-premises product",
      "fabrikamGlobalAdmin",
      V.sqlServer2022,
      { supportContractId: gid.contract(C.fabrikamCloud) },
      "WRONG_PRODUCT_KIND",
      null,
    ],
    [
      "another organization's contract",
      "fabrikamGlobalAdmin",
      V.sqlServer2022,
      { supportContractId: gid.contract(C.northwindOnPremises) },
      "REQUESTED_PLAN_NOT_FOUND",
      ["input", "supportContractId"],
    ],
    ["Microsoft 365 plan for Azure", "fabrikamGlobalAdmin", V.azureCurrent, { planKind: "MICROSOFT_365" }, "WRONG_PRODUCT_KIND", null],
    [
      "CSP plan for the own organization",
      "fabrikamAdminAgent",
      V.azureCurrent,
      { planKind: "CLOUD_SOLUTION_PROVIDER" },
      "REQUESTED_PLAN_NOT_FOUND",
      ["input", "planKind"],
    ],
    // CSP customer rules.
    [
      "Azure for a customer by the partner's GLOBAL_ADMIN",
      "fabrikamGlobalAdmin",
      V.azureCurrent,
      { customerId: gid.customer(CU.fabrikamWideWorldImporters) },
      "MISSING_ADMIN_AGENT_ROLE",
      ["input", "customerId"],
    ],
    [
      "Azure for a customer by an indirect reseller's admin agent",
      "contosoAdminAgent",
      V.azureCurrent,
      { customerId: gid.customer(CU.contosoLitware) },
      "CSP_INDIRECT_RESELLER",
      ["input", "customerId"],
    ],
    [
      "Azure for a customer by an advisor",
      "adatumCspAgent",
      V.azureCurrent,
      { customerId: gid.customer(CU.adatumProseware) },
      "CSP_ADVISOR",
      ["input", "customerId"],
    ],
    [
      "Microsoft 365 for a customer by an advisor",
      "adatumCspAgent",
      V.microsoft365Current,
      { customerId: gid.customer(CU.adatumProseware) },
      "CSP_ADVISOR",
      ["input", "customerId"],
    ],
    [
      "another partner's customer",
      "fabrikamAdminAgent",
      V.azureCurrent,
      { customerId: gid.customer(CU.contosoLitware) },
      "CUSTOMER_NOT_SERVED",
      ["input", "customerId"],
    ],
    [
      "an unknown customer",
      "fabrikamAdminAgent",
      V.azureCurrent,
      { customerId: gid.customer("40000000-0000-4000-8000-999999999999") },
      "CUSTOMER_NOT_SERVED",
      ["input", "customerId"],
    ],
  ] as const)("refuses %s: %s", async (_label, as, version, overrides, code, field) => {
    const payload = await create(gateway, as, version, overrides);
    expect(payload.incident).toBeNull();
    expect(payload.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
  });

  it("WRONG_PRODUCT_KIND says exactly the source's message", async () => {
    const payload = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { planKind: "SIGNATURE_CLOUD" });
    expect(payload.userErrors[0].message).toBe("Support plan cannot be used for the specified product");
  });

  it("nothing was consumed by the refusals", async () => {
    expect(await onPremRemaining(gateway)).toBe(12);
    expect(await cloudRemaining(gateway)).toBe(2);
  });
});

describe("createSupportIncident: plans", () => {
  it("on-premises: charges the product support contract and returns the full incident", async () => {
    const payload = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { customerId: gid.customer(CU.fabrikamWoodgroveBank) });
    expect(payload.userErrors).toEqual([]);
    expect(payload.isReplay).toBe(false);
    const incident = payload.incident;
    expect(incident).toMatchObject({
      title: "Cluster validation fails",
      severity: "B",
      status: "OPEN",
      planKind: "PRODUCT_SUPPORT",
      supportContract: { id: gid.contract(C.fabrikamOnPremises) },
      wasConsumed: true,
      isRefunded: false,
      contact: { name: "Pat Contact", email: "pat@example.com", phone: "+1 555 0100" },
      productVersion: { name: "2022", product: { key: "sql-server" } },
      createdBy: { email: DEMO_USERS.fabrikamGlobalAdmin.email },
      customer: { name: "Woodgrove Bank" },
      organization: { name: "Fabrikam, Inc." },
      resolvedAt: null,
      withdrawnAt: null,
    });
    expect(incident.sequenceNumber).toBeGreaterThanOrEqual(1001);
    expect(incident.number).toBe(`SR-${incident.sequenceNumber}`);
    expect(await onPremRemaining(gateway)).toBe(11);
    const node = await gateway.gql(NODE, { id: incident.id }, { as: "fabrikamHelpdesk" });
    expect(node.data?.node.number).toBe(incident.number);
  });

  it("Microsoft 365 without a link (Fabrikam, activated 5-pack): the MICROSOFT_365 plan consumes from the cloud contract", async () => {
    const payload = await create(gateway, "fabrikamHelpdesk", V.microsoft365Current);
    expect(payload.userErrors).toEqual([]);
    expect(payload.incident).toMatchObject({
      planKind: "MICROSOFT_365",
      supportContract: { id: gid.contract(C.fabrikamCloud) },
      wasConsumed: true,
      organization: { name: "Fabrikam, Inc." },
    });
    expect(await cloudRemaining(gateway)).toBe(1);
    // Withdrawn before work starts: refunded like any consumed incident.
    const withdrawn = await gateway.gql(WITHDRAW, { id: payload.incident.id }, { as: "fabrikamHelpdesk" });
    expect(withdrawn.data?.withdrawSupportIncident).toMatchObject({ wasRefunded: true, userErrors: [] });
    expect(await cloudRemaining(gateway)).toBe(2);
  });

  it.each([
    ["northwindGlobalAdmin", "NOT_ENTITLED"],
    ["tailspinGlobalAdmin", "NOT_ENTITLED"],
    ["contosoHelpdesk", "BENEFITS_NOT_ACTIVATED"],
    ["adatumCspAgent", "NOT_AUTHORIZED"],
    ["outsideMsa", "NOT_LINKED"],
  ] as const)("Microsoft 365 is not free: %s is refused with %s, and the payload lists the plans", async (user, code) => {
    const response = await gateway.gql(
      CREATE_WITH_PLANS,
      { input: draft(V.microsoft365Current, { title: `M365 by ${user}` }) },
      { as: user },
    );
    expect(response.errors).toBeUndefined();
    const payload = response.data?.createSupportIncident;
    expect(payload).toMatchObject({ incident: null, userErrors: [{ code }] });
    expect(payload.supportPlans.available).toEqual([]);
    expect(payload.supportPlans.unavailable.map((e: any) => e.reason)).toContain(code);
    expect(payload.supportPlans.paidPlanSuggestions.map((p: any) => p.kind)).toEqual([
      "PREMIER_SUPPORT_FOR_PARTNERS",
      "ADVANCED_SUPPORT_FOR_PARTNERS",
    ]);
  });

  it("a refused create returns what supportPlans answers, and null supportPlans on success", async () => {
    const refused = await gateway.gql(CREATE_WITH_PLANS, { input: draft(V.azureCurrent) }, { as: "northwindGlobalAdmin" });
    const listing = await gateway.gql(
      `query ($v: ID!) { supportPlans(productVersionId: $v) { unavailable { reason message plan { kind supportContract { id } } } paidPlanSuggestions { kind } } }`,
      { v: gid.version(V.azureCurrent) },
      { as: "northwindGlobalAdmin" },
    );
    const { unavailable, paidPlanSuggestions } = refused.data?.createSupportIncident.supportPlans ?? {};
    expect({ unavailable, paidPlanSuggestions }).toEqual(listing.data?.supportPlans);
    const ok = await gateway.gql(CREATE_WITH_PLANS, { input: draft(V.sqlServer2022) }, { as: "fabrikamGlobalAdmin" });
    expect(ok.data?.createSupportIncident).toMatchObject({ userErrors: [], supportPlans: null });
    await gateway.gql(WITHDRAW, { id: ok.data?.createSupportIncident.incident.id }, { as: "fabrikamGlobalAdmin" });
  });

  it("Azure for a served customer by the DIRECT partner's ADMIN_AGENT: the Cloud Solution Provider plan", async () => {
    const payload = await create(gateway, "fabrikamAdminAgent", V.azureCurrent, {
      customerId: gid.customer(CU.fabrikamWideWorldImporters),
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.incident).toMatchObject({
      planKind: "CLOUD_SOLUTION_PROVIDER",
      supportContract: null,
      wasConsumed: false,
      customer: { name: "Wide World Importers" },
      organization: { name: "Fabrikam, Inc." },
    });
    expect(await cloudRemaining(gateway)).toBe(2);
  });

  it("incidents until exhausted: the cloud 5-pack has 2 left, the third is refused", async () => {
    const first = await create(gateway, "fabrikamGlobalAdmin", V.azureCurrent, { title: "Cloud 1" });
    expect(first.incident).toMatchObject({
      planKind: "SIGNATURE_CLOUD",
      supportContract: { id: gid.contract(C.fabrikamCloud) },
      wasConsumed: true,
    });
    expect(await cloudRemaining(gateway)).toBe(1);
    const second = await create(gateway, "fabrikamAdminAgent", V.dynamics365Current, { title: "Cloud 2" });
    expect(second.incident).toMatchObject({ planKind: "SIGNATURE_CLOUD", wasConsumed: true });
    expect(await cloudRemaining(gateway)).toBe(0);
    const third = await create(gateway, "fabrikamGlobalAdmin", V.azureCurrent, { title: "Cloud 3" });
    expect(third).toMatchObject({ incident: null, userErrors: [{ code: "NO_INCIDENTS_REMAINING", field: null }] });
    const titles = (await list(gateway, "fabrikamGlobalAdmin", { first: 100 })).nodes.length;
    // 9 seeded, 6 created so far (two of them withdrawn: the Microsoft 365 one and the supportPlans check).
    expect(titles).toBe(9 + 6);
    // Microsoft 365 uses the same contract: nothing left for it either.
    expect(await create(gateway, "fabrikamGlobalAdmin", V.microsoft365Current)).toMatchObject({
      incident: null,
      userErrors: [{ code: "NO_INCIDENTS_REMAINING" }],
    });
  });

  it("an explicit contract is honoured", async () => {
    const payload = await create(gateway, "fabrikamAdminAgent", V.windowsServer2025, {
      supportContractId: gid.contract(C.fabrikamOnPremises),
      planKind: "PRODUCT_SUPPORT",
    });
    expect(payload.incident).toMatchObject({ supportContract: { id: gid.contract(C.fabrikamOnPremises) }, planKind: "PRODUCT_SUPPORT" });
    expect(await onPremRemaining(gateway)).toBe(10);
  });

  it("an outside account that linked Fabrikam's pair opens an incident of Fabrikam and sees only its own", async () => {
    const link = await gateway.gql(
      `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
      { input: { accessId: DEMO_ACTIVATIONS.fabrikam.accessId, contractNumber: DEMO_ACTIVATIONS.fabrikam.contractId } },
      { as: "outsideMsa" },
    );
    expect(link.data?.linkSupportContract.userErrors).toEqual([]);
    const payload = await create(gateway, "outsideMsa", V.windowsServer2025, { title: "Consultant request" });
    expect(payload.incident).toMatchObject({
      planKind: "PRODUCT_SUPPORT",
      organization: null,
      createdBy: { email: "someone@outlook.com" },
    });
    expect(await onPremRemaining(gateway)).toBe(9);
    const own = await list(gateway, "outsideMsa", { first: 100 });
    expect(own.totalCount).toBe(1);
    expect(own.nodes).toEqual([{ id: payload.incident.id }]);
    // Fabrikam's members see it too (it is Fabrikam's incident).
    const fabrikam = await gateway.gql(NODE, { id: payload.incident.id }, { as: "fabrikamHelpdesk" });
    expect(fabrikam.data?.node.title).toBe("Consultant request");
    // The outside account cannot withdraw other Fabrikam incidents it cannot see.
    const foreign = await gateway.gql(WITHDRAW, { id: demoIncident(3) }, { as: "outsideMsa" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // ... but it can withdraw its own, with a refund.
    const withdrawn = await gateway.gql(WITHDRAW, { id: payload.incident.id }, { as: "outsideMsa" });
    expect(withdrawn.data?.withdrawSupportIncident).toMatchObject({ wasRefunded: true, userErrors: [] });
    expect(await onPremRemaining(gateway)).toBe(10);
  });

  it("an idempotency key returns the first incident and consumes once", async () => {
    const before = await onPremRemaining(gateway);
    const first = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "retry-1", title: "Idempotent" });
    const again = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "retry-1", title: "Idempotent" });
    expect(first.isReplay).toBe(false);
    expect(again.isReplay).toBe(true);
    expect(again.incident.id).toBe(first.incident.id);
    expect(await onPremRemaining(gateway)).toBe((before ?? 0) - 1);
    // The key is per account: another user with the same key opens its own incident.
    const other = await create(gateway, "fabrikamAdminAgent", V.sqlServer2022, { idempotencyKey: "retry-1", title: "Idempotent" });
    expect(other.isReplay).toBe(false);
    expect(other.incident.id).not.toBe(first.incident.id);
    const blank = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "  " });
    expect(blank.userErrors).toEqual([{ code: "INVALID_INPUT", field: ["input", "idempotencyKey"], message: expect.any(String) }]);
    // The same rule as TPD's (validateIdempotencyKey): at most 200 code points.
    const long = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "😀".repeat(201) });
    expect(long.userErrors).toEqual([{ code: "FIELD_TOO_LONG", field: ["input", "idempotencyKey"], message: expect.any(String) }]);
  });

  it("the same key with another request is refused (IDEMPOTENCY_KEY_REUSED), changes nothing; the same request still replays", async () => {
    const base = { idempotencyKey: "reuse-1", title: "Reuse check" };
    const first = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, base);
    expect(first).toMatchObject({ isReplay: false, userErrors: [] });
    const before = await onPremRemaining(gateway);
    const changes: Record<string, unknown>[] = [
      { title: "Another title" },
      { description: "Another description." },
      { severity: "A" },
      { contact: { name: "Pat Contact", email: "other@example.com", phone: "+1 555 0100" } },
      { productVersionId: gid.version(V.windowsServer2022) },
      { customerId: gid.customer(CU.fabrikamWoodgroveBank) },
      { supportContractId: gid.contract(C.fabrikamOnPremises) },
      { planKind: "PRODUCT_SUPPORT" },
    ];
    for (const change of changes) {
      const reused = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { ...base, ...change });
      expect(reused, JSON.stringify(change)).toEqual({
        isReplay: null,
        supportContract: null,
        incident: null,
        userErrors: [{ code: "IDEMPOTENCY_KEY_REUSED", field: ["input", "idempotencyKey"], message: expect.any(String) }],
      });
    }
    expect(await onPremRemaining(gateway)).toBe(before);
    // Normalization: the same request with other spacing around the title is the same request.
    const again = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { ...base, title: "  Reuse check " });
    expect(again).toMatchObject({ isReplay: true, userErrors: [], incident: { id: first.incident.id } });
  });

  it("keys are kept at least 24 hours: a key used 2 days ago still replays, or refuses another request", async () => {
    const first = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "old-key", title: "Old key" });
    // created_at is read-only to the application (ColumnType ... never): arrange it with SQL.
    await sql`update incidents set created_at = now() - interval '48 hours' where id = ${fromGlobalId(first.incident.id).id}`.execute(
      gateway.database.db,
    );
    const again = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "old-key", title: "Old key" });
    expect(again).toMatchObject({ isReplay: true, incident: { id: first.incident.id } });
    const other = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "old-key", title: "New request" });
    expect(other.userErrors).toMatchObject([{ code: "IDEMPOTENCY_KEY_REUSED" }]);
  });
});

describe("withdraw, resolve, start work", () => {
  it("withdrawing an OPEN incident refunds it, once", async () => {
    const before = await onPremRemaining(gateway);
    const { incident, supportContract } = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { title: "To withdraw" });
    expect(await onPremRemaining(gateway)).toBe((before ?? 0) - 1);
    // The contract charged, with its count after this incident.
    expect(supportContract).toEqual({ id: gid.contract(C.fabrikamOnPremises), remainingIncidentCount: (before ?? 0) - 1 });
    const withdrawn = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamGlobalAdmin" });
    expect(withdrawn.data?.withdrawSupportIncident).toMatchObject({
      wasRefunded: true,
      // The contract refunded, with its count after the refund: no second query needed.
      supportContract: { id: gid.contract(C.fabrikamOnPremises), remainingIncidentCount: before },
      incident: { status: "WITHDRAWN", isRefunded: true, withdrawnAt: expect.any(String) },
      userErrors: [],
    });
    expect(await onPremRemaining(gateway)).toBe(before);
    const again = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamGlobalAdmin" });
    expect(again.data?.withdrawSupportIncident).toMatchObject({
      wasRefunded: null,
      incident: null,
      userErrors: [{ code: "ALREADY_WITHDRAWN" }],
    });
    expect(await onPremRemaining(gateway)).toBe(before);
  });

  it("a resolved incident is not refunded and can no longer be withdrawn", async () => {
    const before = await onPremRemaining(gateway);
    const { incident } = await create(gateway, "fabrikamAdminAgent", V.sqlServer2022, { title: "To resolve" });
    const resolved = await gateway.gql(RESOLVE, { id: incident.id }, { as: "fabrikamAdminAgent" });
    expect(resolved.data?.resolveSupportIncident).toMatchObject({
      incident: { status: "RESOLVED", resolvedAt: expect.any(String) },
      userErrors: [],
    });
    const withdraw = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamAdminAgent" });
    expect(withdraw.data?.withdrawSupportIncident.userErrors).toEqual([
      { code: "ALREADY_RESOLVED", field: null, message: expect.any(String) },
    ]);
    expect(await onPremRemaining(gateway)).toBe((before ?? 0) - 1);
    const resolveAgain = await gateway.gql(RESOLVE, { id: incident.id }, { as: "operator" });
    expect(resolveAgain.data?.resolveSupportIncident.userErrors).toEqual([{ code: "ALREADY_RESOLVED", message: expect.any(String) }]);
  });

  it("once support started work: WORK_ALREADY_STARTED; start work is for the operator only", async () => {
    const { incident } = await create(gateway, "fabrikamGlobalAdmin", V.sqlServer2022, { title: "Started" });
    const denied = await gateway.gql(START, { id: incident.id }, { as: "fabrikamGlobalAdmin" });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const started = await gateway.gql(START, { id: incident.id }, { as: "operator" });
    expect(started.data?.startWorkOnSupportIncident).toEqual({ incident: { status: "IN_PROGRESS" }, userErrors: [] });
    const again = await gateway.gql(START, { id: incident.id }, { as: "operator" });
    expect(again.data?.startWorkOnSupportIncident.userErrors).toEqual([{ code: "ALREADY_IN_PROGRESS", message: expect.any(String) }]);
    const withdraw = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamGlobalAdmin" });
    expect(withdraw.data?.withdrawSupportIncident.userErrors).toEqual([
      { code: "WORK_ALREADY_STARTED", field: null, message: expect.any(String) },
    ]);
    const byOther = await gateway.gql(RESOLVE, { id: incident.id }, { as: "fabrikamHelpdesk" });
    expect(byOther.data?.resolveSupportIncident.userErrors).toEqual([
      { code: "NOT_ALLOWED_TO_CHANGE_STATUS", message: expect.any(String) },
    ]);
    const byOperator = await gateway.gql(RESOLVE, { id: incident.id }, { as: "operator" });
    expect(byOperator.data?.resolveSupportIncident.incident.status).toBe("RESOLVED");
    const withdrawn = await gateway.gql(START, { id: incident.id }, { as: "operator" });
    expect(withdrawn.data?.startWorkOnSupportIncident.userErrors[0].code).toBe("ALREADY_RESOLVED");
  });

  it("only the requester or an organization Global Admin may withdraw", async () => {
    const before = await onPremRemaining(gateway);
    const { incident } = await create(gateway, "fabrikamAdminAgent", V.sqlServer2022, { title: "Someone else's" });
    const helpdesk = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamHelpdesk" });
    expect(helpdesk.data?.withdrawSupportIncident.userErrors).toEqual([
      { code: "NOT_REQUESTER", field: null, message: expect.any(String) },
    ]);
    const operator = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "operator" });
    expect(operator.data?.withdrawSupportIncident.userErrors[0].code).toBe("NOT_REQUESTER");
    const admin = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamGlobalAdmin" });
    expect(admin.data?.withdrawSupportIncident).toMatchObject({ wasRefunded: true, userErrors: [] });
    expect(await onPremRemaining(gateway)).toBe(before);
  });

  it("withdrawing a plan that consumed nothing refunds nothing", async () => {
    const { incident } = await create(gateway, "fabrikamAdminAgent", V.azureCurrent, {
      customerId: gid.customer(CU.fabrikamWideWorldImporters),
    });
    expect(incident.wasConsumed).toBe(false);
    const withdrawn = await gateway.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamAdminAgent" });
    expect(withdrawn.data?.withdrawSupportIncident).toMatchObject({
      wasRefunded: false,
      supportContract: null,
      incident: { status: "WITHDRAWN", isRefunded: false, supportContract: null },
    });
  });

  it("the mutations require a signed-in user", async () => {
    for (const mutation of [WITHDRAW, RESOLVE, START]) {
      const response = await gateway.gql(mutation, { id: demoIncident(3) });
      expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const create = await gateway.gql(CREATE, { input: draft(V.sqlServer2022) });
    expect(create.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("every create, withdraw and refusal is audited", async () => {
    const { data, errors } = await gateway.gql(
      `{ auditLog(first: 100, filter: { action: "createSupportIncident", outcome: REFUSED }) { edges { node { outcome detail } } } }`,
      {},
      { as: "operator" },
    );
    expect(errors).toBeUndefined();
    const refusedCodes = ((data?.auditLog.edges ?? []) as any[]).flatMap((e) => e.node.detail.codes);
    expect(refusedCodes).toEqual(expect.arrayContaining(["NO_INCIDENTS_REMAINING", "CSP_ADVISOR", "VERSION_NOT_COVERED"]));
    const withdrawals = await gateway.gql(
      `{ auditLog(first: 100, filter: { action: "withdrawSupportIncident", outcome: SUCCEEDED }) { edges { node { detail } } } }`,
      {},
      { as: "operator" },
    );
    expect(((withdrawals.data?.auditLog.edges ?? []) as any[]).some((e) => e.node.detail.refunded === true)).toBe(true);
  });
});

describe("concurrency (fresh database)", () => {
  let fresh: TestGateway;
  beforeAll(async () => {
    fresh = await startTestGateway();
  });
  afterAll(() => fresh?.stop());

  it("10 parallel creates on the 5-pack with 2 left: exactly 2 succeed, none oversold", async () => {
    expect(await cloudRemaining(fresh)).toBe(2);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        create(fresh, i % 2 === 0 ? "fabrikamGlobalAdmin" : "fabrikamAdminAgent", V.azureCurrent, { title: `Parallel ${i}` }),
      ),
    );
    const succeeded = results.filter((r) => r.incident !== null);
    const refused = results.filter((r) => r.incident === null);
    expect(succeeded).toHaveLength(2);
    expect(refused.map((r) => r.userErrors.map((e: any) => e.code))).toEqual(Array(8).fill(["NO_INCIDENTS_REMAINING"]));
    expect(await cloudRemaining(fresh)).toBe(0);
    const page = await list(fresh, "operator", {
      first: 100,
      filter: { status: ["OPEN"], productId: gid.product(DEMO_IDS.products.azure) },
    });
    expect(page.edges.filter((e: any) => e.node.sequenceNumber >= 1001)).toHaveLength(2);
  });

  it("the same idempotency key sent 5 times at once: one incident, consumed once", async () => {
    expect(await onPremRemaining(fresh)).toBe(12);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        create(fresh, "fabrikamGlobalAdmin", V.sqlServer2022, { idempotencyKey: "same-key", title: "Same key" }),
      ),
    );
    for (const result of results) expect(result.userErrors).toEqual([]);
    const ids = new Set(results.map((r) => r.incident.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.isReplay === false)).toHaveLength(1);
    expect(await onPremRemaining(fresh)).toBe(11);
    const page = await list(fresh, "fabrikamGlobalAdmin", { first: 100, filter: { productVersionId: gid.version(V.sqlServer2022) } });
    expect(page.totalCount).toBe(2); // the seeded one (SR-0002) and this one
  });

  it("concurrent withdrawals of one incident refund it once", async () => {
    const { incident } = await create(fresh, "fabrikamGlobalAdmin", V.sqlServer2022, { title: "Withdraw race" });
    expect(await onPremRemaining(fresh)).toBe(10);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => fresh.gql(WITHDRAW, { id: incident.id }, { as: "fabrikamGlobalAdmin" })),
    );
    const ok = results.filter((r) => r.data?.withdrawSupportIncident.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(await onPremRemaining(fresh)).toBe(11);
  });
});

describe("SupportIncident.createdBy", () => {
  let own: TestGateway;
  beforeAll(async () => {
    own = await startTestGateway();
  });
  afterAll(() => own?.stop());

  it("is null for a deleted requester; the rest of the page answers", async () => {
    const { incident } = await create(own, "fabrikamAdminAgent", V.microsoft365Current, { title: "Opened by a leaver" });
    await own.database.db.updateTable("users").set({ deletedAt: new Date() }).where("id", "=", DEMO_USERS.fabrikamAdminAgent.id).execute();
    const page = await own.gql(`{ incidents(first: 100) { nodes { id title createdBy { email } } } }`, {}, { as: "fabrikamGlobalAdmin" });
    expect(page.errors).toBeUndefined();
    const nodes = page.data?.incidents.nodes as Array<{ id: string; createdBy: { email: string } | null }>;
    expect(nodes.find((node) => node.id === incident.id)?.createdBy).toBeNull();
    expect(nodes.filter((node) => node.createdBy !== null).length).toBeGreaterThan(0);
    // The page prefetched with its organization, reading the creator's display name only.
    const prefetched = await own.gql(
      `{ viewer { organization { incidents(first: 100) { nodes { id createdBy { displayName } } } } } }`,
      {},
      { as: "fabrikamGlobalAdmin" },
    );
    const prefetchedNodes = prefetched.data?.viewer.organization.incidents.nodes as Array<{ id: string; createdBy: unknown }>;
    expect(prefetchedNodes.find((node) => node.id === incident.id)?.createdBy).toBeNull();
    expect(prefetchedNodes.filter((node) => node.createdBy !== null).length).toBeGreaterThan(0);
    const node = await own.gql(
      `query ($id: ID!) { node(id: $id) { ... on SupportIncident { createdBy { email } } } }`,
      { id: incident.id },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(node.data?.node).toEqual({ createdBy: null });
  });
});
