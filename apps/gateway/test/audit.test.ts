import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { type GraphQLObjectType, type GraphQLSchema, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeType, toGlobalId } from "../src/relay/global-id";
import { buildGatewaySchema } from "../src/schema";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const ASSIGN = `mutation Assign($input: AssignUserRoleInput!) {
  assignUserRole(input: $input) { user { roles } userErrors { code } }
}`;
const ENTRY_FIELDS = `id occurredAt requestId action targetType targetId outcome detail
  actor { id email } organization { id name }`;
const ORG_LOG = `query OrgLog($id: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {
  organization(id: $id) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ${ENTRY_FIELDS} } }
    }
  }
}`;
const ROOT_LOG = `query RootLog($first: Int, $after: String, $filter: AuditLogFilter, $organizationId: ID) {
  auditLog(first: $first, after: $after, filter: $filter, organizationId: $organizationId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${ENTRY_FIELDS} } }
  }
}`;

type Org = keyof typeof DEMO_IDS.organizations;
const userId = (key: DemoUserKey) => toGlobalId(NodeType.User, DEMO_USERS[key].id);
const orgId = (key: Org) => toGlobalId(NodeType.Organization, DEMO_IDS.organizations[key]);

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  // Contoso: one success, one refusal, one denial (oldest to newest); Fabrikam: one success.
  const setup: Array<[DemoUserKey, DemoUserKey, string, string]> = [
    ["contosoGlobalAdmin", "contosoHelpdesk", "REPORT_VIEWER", "req-audit-1"],
    ["contosoGlobalAdmin", "contosoHelpdesk", "SUPPORT_OPERATOR", "req-audit-2"],
    ["contosoHelpdesk", "contosoAdminAgent", "GLOBAL_ADMIN", "req-audit-3"],
    ["fabrikamGlobalAdmin", "fabrikamHelpdesk", "REPORT_VIEWER", "req-audit-4"],
  ];
  for (const [as, target, role, requestId] of setup) {
    await gateway.gql(ASSIGN, { input: { userId: userId(target), role } }, { as, headers: { "x-request-id": requestId } });
  }
});
afterAll(() => gateway?.stop());

async function orgLog(as: DemoUserKey | null, org: Org, variables: Record<string, unknown> = {}) {
  return gateway.gql(ORG_LOG, { id: orgId(org), first: 100, ...variables }, { as });
}
async function rootLog(as: DemoUserKey | null, variables: Record<string, unknown> = {}) {
  return gateway.gql(ROOT_LOG, { first: 100, ...variables }, { as });
}
const nodes = (response: { data: any }): any[] => {
  const connection = response.data?.organization?.auditLog ?? response.data?.auditLog;
  return connection.edges.map((edge: { node: unknown }) => edge.node);
};

describe("Organization.auditLog", () => {
  it("shows a GLOBAL_ADMIN its organization's entries, newest first, with every field", async () => {
    const response = await orgLog("contosoGlobalAdmin", "contoso");
    expect(response.errors).toBeUndefined();
    const log = response.data?.organization.auditLog;
    expect(log.totalCount).toBe(3);
    const entries = nodes(response);
    expect(entries.map((e) => [e.requestId, e.action, e.outcome, e.actor?.email])).toEqual([
      ["req-audit-3", "assignUserRole", "DENIED", DEMO_USERS.contosoHelpdesk.email],
      ["req-audit-2", "assignUserRole", "REFUSED", DEMO_USERS.contosoGlobalAdmin.email],
      ["req-audit-1", "assignUserRole", "SUCCEEDED", DEMO_USERS.contosoGlobalAdmin.email],
    ]);
    const [denied, refused, succeeded] = entries;
    expect(succeeded).toMatchObject({
      targetType: "user",
      targetId: userId("contosoHelpdesk"),
      detail: { role: "REPORT_VIEWER", change: "ASSIGN", changed: true },
      actor: { id: userId("contosoGlobalAdmin") },
      organization: { id: orgId("contoso"), name: expect.stringMatching(/Contoso/) },
    });
    expect(refused.detail).toEqual({ role: "SUPPORT_OPERATOR", change: "ASSIGN", codes: ["ROLE_NOT_ASSIGNABLE"] });
    // The denied call never ran: no target, the guard's code and reason only.
    expect(denied).toMatchObject({ targetType: "mutation", targetId: null, detail: { code: "FORBIDDEN" } });
    expect(denied.detail.reason).toMatch(/GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN, SUPPORT_OPERATOR/);
    for (const entry of entries) {
      expect(Number.isNaN(Date.parse(entry.occurredAt))).toBe(false);
      expect(entry.id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(Date.parse(entries[0].occurredAt)).toBeGreaterThanOrEqual(Date.parse(entries[2].occurredAt));
  });

  it("pages with first/after (keyset), never repeating or skipping an entry", async () => {
    const all = nodes(await orgLog("contosoGlobalAdmin", "contoso")).map((e) => e.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response = await orgLog("contosoGlobalAdmin", "contoso", { first: 1, after });
      expect(response.errors).toBeUndefined();
      const log: any = response.data?.organization.auditLog;
      expect(log.edges).toHaveLength(1);
      expect(log.pageInfo.startCursor).toBe(log.edges[0].cursor);
      expect(log.pageInfo.endCursor).toBe(log.edges[0].cursor);
      expect(log.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(log.totalCount).toBe(3);
      seen.push(log.edges[0].node.id);
      after = log.pageInfo.endCursor;
      if (!log.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(all);
    const empty = await orgLog("contosoGlobalAdmin", "contoso", { first: 0 });
    expect(empty.data?.organization.auditLog.edges).toEqual([]);
    expect(empty.data?.organization.auditLog.pageInfo).toMatchObject({ hasNextPage: true, endCursor: null });
    const last = await orgLog("contosoGlobalAdmin", "contoso", { first: 10, after });
    expect(last.data?.organization.auditLog.edges).toEqual([]);
  });

  it("refuses a page over the maximum, a negative page and a foreign cursor with BAD_USER_INPUT", async () => {
    const max = gateway.config.limits.maxPageSize;
    for (const variables of [
      { first: max + 1 },
      { first: -1 },
      { after: "not-a-cursor" },
      { after: Buffer.from('["x","abc"]').toString("base64url") },
    ]) {
      const response = await orgLog("contosoGlobalAdmin", "contoso", variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.data?.organization ?? null).toBeNull();
    }
    expect((await orgLog("contosoGlobalAdmin", "contoso", { first: max })).errors).toBeUndefined();
  });

  it("filters by action, outcome and actor", async () => {
    const denied = nodes(await orgLog("contosoGlobalAdmin", "contoso", { filter: { outcome: "DENIED" } }));
    expect(denied.map((e) => e.requestId)).toEqual(["req-audit-3"]);
    const byActor = nodes(await orgLog("contosoGlobalAdmin", "contoso", { filter: { actorId: userId("contosoGlobalAdmin") } }));
    expect(byActor.map((e) => e.requestId)).toEqual(["req-audit-2", "req-audit-1"]);
    const combined = await orgLog("contosoGlobalAdmin", "contoso", {
      filter: { action: "assignUserRole", outcome: "SUCCEEDED", actorId: userId("contosoGlobalAdmin") },
    });
    expect(nodes(combined).map((e) => e.requestId)).toEqual(["req-audit-1"]);
    expect(combined.data?.organization.auditLog.totalCount).toBe(1);
    expect(nodes(await orgLog("contosoGlobalAdmin", "contoso", { filter: { action: "removeUserRole" } }))).toEqual([]);
    const nobody = toGlobalId(NodeType.User, "00000000-0000-4000-8000-0000000000ff");
    expect(nodes(await orgLog("contosoGlobalAdmin", "contoso", { filter: { actorId: nobody } }))).toEqual([]);
    const malformed = await orgLog("contosoGlobalAdmin", "contoso", { filter: { actorId: orgId("contoso") } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each(["contosoHelpdesk", "contosoPartnerAdmin", "contosoAdminAgent"] as const)(
    "%s (not GLOBAL_ADMIN) is FORBIDDEN, and a refused read is not audited",
    async (as) => {
      const response = await orgLog(as, "contoso");
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(response.data?.organization ?? null).toBeNull();
      expect((await orgLog("contosoGlobalAdmin", "contoso")).data?.organization.auditLog.totalCount).toBe(3);
    },
  );

  it("anonymous is UNAUTHENTICATED", async () => {
    const response = await orgLog(null, "contoso");
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a USER_MANAGEMENT_ADMIN may manage users but not read the log", async () => {
    await gateway.gql(
      ASSIGN,
      { input: { userId: userId("contosoPartnerAdmin"), role: "USER_MANAGEMENT_ADMIN" } },
      { as: "contosoGlobalAdmin" },
    );
    const response = await orgLog("contosoPartnerAdmin", "contoso");
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("another organization's Global Admin gets a null organization and sees only its own entries", async () => {
    const foreign = await orgLog("fabrikamGlobalAdmin", "contoso");
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data?.organization).toBeNull();
    const own = nodes(await orgLog("fabrikamGlobalAdmin", "fabrikam"));
    expect(own.map((e) => e.requestId)).toEqual(["req-audit-4"]);
    expect(own[0].organization.id).toBe(orgId("fabrikam"));
  });

  it("the operator reads any organization's log; its own actions show it as actor to itself only", async () => {
    await gateway.gql(
      ASSIGN,
      { input: { userId: userId("contosoAdminAgent"), role: "SALES_AGENT" } },
      {
        as: "operator",
        headers: { "x-request-id": "req-audit-op" },
      },
    );
    const byOperator = nodes(await orgLog("operator", "contoso"));
    expect(byOperator[0]).toMatchObject({ requestId: "req-audit-op", outcome: "SUCCEEDED", actor: { email: DEMO_USERS.operator.email } });
    const byAdmin = nodes(await orgLog("contosoGlobalAdmin", "contoso"));
    expect(byAdmin[0]).toMatchObject({ requestId: "req-audit-op", outcome: "SUCCEEDED", actor: null });
  });
});

describe("Query.auditLog (operator)", () => {
  it("lists every organization's entries, newest first, and filters by organization", async () => {
    const response = await rootLog("operator");
    expect(response.errors).toBeUndefined();
    const ids = nodes(response).map((e) => e.requestId);
    expect(ids).toEqual(expect.arrayContaining(["req-audit-1", "req-audit-2", "req-audit-3", "req-audit-4", "req-audit-op"]));
    expect(ids.indexOf("req-audit-4")).toBeLessThan(ids.indexOf("req-audit-3"));
    const fabrikam = await rootLog("operator", { organizationId: orgId("fabrikam") });
    expect(nodes(fabrikam).map((e) => e.requestId)).toEqual(["req-audit-4"]);
    expect(fabrikam.data?.auditLog.totalCount).toBe(1);
    const missingOrg = await rootLog("operator", {
      organizationId: toGlobalId(NodeType.Organization, "00000000-0000-4000-8000-0000000000ff"),
    });
    expect(nodes(missingOrg)).toEqual([]);
  });

  it.each(["contosoGlobalAdmin", "fabrikamGlobalAdmin", "contosoHelpdesk"] as const)("%s is FORBIDDEN", async (as) => {
    const response = await rootLog(as);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.data?.auditLog ?? null).toBeNull();
  });
});

describe("DENIED entries", () => {
  it("a HELPDESK agent's refused assignUserRole is visible to the organization's GLOBAL_ADMIN", async () => {
    const response = await gateway.gql(
      ASSIGN,
      { input: { userId: userId("contosoHelpdesk"), role: "GLOBAL_ADMIN" } },
      { as: "contosoHelpdesk", headers: { "x-request-id": "req-denied-helpdesk" } },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [entry] = nodes(await orgLog("contosoGlobalAdmin", "contoso", { filter: { outcome: "DENIED" } }));
    expect(entry).toMatchObject({
      requestId: "req-denied-helpdesk",
      action: "assignUserRole",
      outcome: "DENIED",
      actor: { email: DEMO_USERS.contosoHelpdesk.email },
      organization: { id: orgId("contoso") },
    });
  });

  it("a CSP-only user and an account outside any organization are audited too; anonymous calls are not", async () => {
    const before = (await rootLog("operator")).data?.auditLog.totalCount;
    const input = { input: { userId: userId("contosoHelpdesk"), role: "REPORT_VIEWER" } };
    expect((await gateway.gql(ASSIGN, input, { as: "adatumCspAgent" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gateway.gql(ASSIGN, input, { as: "outsideMsa" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gateway.gql(ASSIGN, input, { as: null })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const after = await rootLog("operator", { filter: { outcome: "DENIED" } });
    expect((await rootLog("operator")).data?.auditLog.totalCount).toBe(before + 2);
    const [outside, csp] = nodes(after);
    expect(outside).toMatchObject({ actor: null, organization: null, action: "assignUserRole" });
    expect(csp).toMatchObject({ actor: { email: DEMO_USERS.adatumCspAgent.email }, organization: { id: orgId("adatum") } });
    // The outsider's own id is recorded (the operator cannot read an account outside any organization).
    const byOutsider = await rootLog("operator", { filter: { actorId: userId("outsideMsa") } });
    expect(nodes(byOutsider)).toHaveLength(1);
  });

  it("NOT_AUTHORIZED (a CSP-only account on program data) is audited as DENIED with its code", async () => {
    const response = await gateway.gql("mutation { activateTechnicalBenefits { __typename } }", {}, { as: "adatumCspAgent" });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
    const [entry] = nodes(await rootLog("operator", { filter: { outcome: "DENIED" } }));
    expect(entry).toMatchObject({
      action: "activateTechnicalBenefits",
      targetType: "mutation",
      detail: { code: "NOT_AUTHORIZED", reason: "You are not authorized for this action" },
      actor: { email: DEMO_USERS.adatumCspAgent.email },
      organization: { id: orgId("adatum") },
    });
  });

  it("a refused query is not audited", async () => {
    const before = (await rootLog("operator")).data?.auditLog.totalCount;
    const response = await gateway.gql("{ organizations { nodes { name } } }", {}, { as: "contosoGlobalAdmin" });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await rootLog("operator")).data?.auditLog.totalCount).toBe(before);
  });
});

describe("AuditEntry as a node", () => {
  it("is refetchable by its own organization's GLOBAL_ADMIN and the operator; null for anyone else", async () => {
    const [entry] = nodes(await orgLog("contosoGlobalAdmin", "contoso"));
    const query = `query($id: ID!) { node(id: $id) { id ... on AuditEntry { action outcome requestId } } }`;
    const own = await gateway.gql(query, { id: entry.id }, { as: "contosoGlobalAdmin" });
    expect(own.data?.node).toEqual({ id: entry.id, action: entry.action, outcome: entry.outcome, requestId: entry.requestId });
    expect((await gateway.gql(query, { id: entry.id }, { as: "operator" })).data?.node.id).toBe(entry.id);
    for (const as of ["contosoHelpdesk", "fabrikamGlobalAdmin"] as const) {
      const response = await gateway.gql(query, { id: entry.id }, { as });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toBeNull();
    }
    const missing = await gateway.gql(query, { id: toGlobalId(NodeType.AuditEntry, 987654321) }, { as: "contosoGlobalAdmin" });
    expect(missing.data?.node).toBeNull();
    const many = await gateway.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      {
        ids: [entry.id, toGlobalId(NodeType.AuditEntry, 987654321)],
      },
      { as: "contosoGlobalAdmin" },
    );
    expect(many.data?.nodes).toEqual([{ id: entry.id }, null]);
  });
});

describe("the audit log cannot be rewritten through the API", () => {
  it("no mutation touches audit entries", async () => {
    const { data, errors } = await gateway.gql("{ __schema { mutationType { fields { name } } } }", {}, { as: "operator" });
    expect(errors).toBeUndefined();
    const names: string[] = data?.__schema.mutationType.fields.map((field: { name: string }) => field.name);
    expect(names).toContain("assignUserRole");
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
    expect(names.filter((name) => /^(update|delete|remove|purge|clear|truncate|edit)/i.test(name) && /audit|log/i.test(name))).toEqual([]);
  });
});

describe("failed mutation calls are audited by a wrapper on the Mutation fields alone", () => {
  /** Every field's resolver outside Mutation, by `Type.field`. */
  const resolversOutsideMutation = (schema: GraphQLSchema) =>
    new Map(
      Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && type !== schema.getMutationType() && !type.name.startsWith("__"))
        .flatMap((type) =>
          Object.values((type as GraphQLObjectType).getFields()).map((field) => [`${type.name}.${field.name}`, field.resolve]),
        ),
    );
  const deniedIn = async (own: TestGateway, requestId: string) =>
    nodes(await own.gql(ROOT_LOG, { first: 100, filter: { outcome: "DENIED" } }, { as: "operator" })).filter(
      (entry) => entry.requestId === requestId,
    );
  const deny = (own: TestGateway, requestId: string) =>
    own.gql(
      ASSIGN,
      { input: { userId: userId("contosoAdminAgent"), role: "GLOBAL_ADMIN" } },
      { as: "contosoHelpdesk", headers: { "x-request-id": requestId } },
    );

  it("leaves every query field's resolver as it was (Apollo's field hook wrapped them all, for good, from the first failed mutation)", async () => {
    const schema = await buildGatewaySchema();
    const before = resolversOutsideMutation(schema);
    expect(before.get("SupportIncident.title")).toBeUndefined(); // graphql-js's default resolver
    const own = await startTestGateway({ schema });
    try {
      expect((await deny(own, "req-wrapper-1")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      // Written before the response was sent.
      expect(await deniedIn(own, "req-wrapper-1")).toHaveLength(1);
      const read = await own.gql(
        "{ viewer { organization { incidents(first: 5) { nodes { title } } } } }",
        {},
        { as: "fabrikamGlobalAdmin" },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data?.viewer.organization.incidents.nodes.length).toBeGreaterThan(0);
      const after = resolversOutsideMutation(schema);
      const changed = [...before].filter(([name, resolve]) => after.get(name) !== resolve).map(([name]) => name);
      expect(changed).toEqual([]);
    } finally {
      await own.stop();
    }
  });

  it("wraps a schema once, however many gateways serve it: one entry per failed call", async () => {
    const schema = await buildGatewaySchema();
    const first = await startTestGateway({ schema });
    const second = await startTestGateway({ schema });
    try {
      await deny(second, "req-wrapper-2");
      expect(await deniedIn(second, "req-wrapper-2")).toHaveLength(1);
      expect(await deniedIn(first, "req-wrapper-2")).toHaveLength(0);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
