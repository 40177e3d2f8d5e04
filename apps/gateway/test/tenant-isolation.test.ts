import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeType, toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

type Org = keyof typeof DEMO_IDS.organizations;
const orgId = (key: Org) => toGlobalId(NodeType.Organization, DEMO_IDS.organizations[key]);
const userId = (key: DemoUserKey) => toGlobalId(NodeType.User, DEMO_USERS[key].id);
const RANDOM_ORG = toGlobalId(NodeType.Organization, "7c9e6679-7425-40de-944b-e07fc1f90ae7");
const RANDOM_USER = toGlobalId(NodeType.User, "7c9e6679-7425-40de-944b-e07fc1f90ae7");
const RANDOM_AUDIT = toGlobalId(NodeType.AuditEntry, 424242);

const ORGANIZATION = `query Org($id: ID!) { organization(id: $id) { id name } }`;
const ORGANIZATION_USERS = `query OrgUsers($id: ID!) { organization(id: $id) { users { nodes { id email organization { id } } } } }`;
const ORGANIZATION_AUDIT = `query OrgAudit($id: ID!) { organization(id: $id) { auditLog(first: 10) { edges { node { id } } } } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id __typename } }`;
const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  // Something in each audit log to hide.
  const assign = `mutation($input: AssignUserRoleInput!) { assignUserRole(input: $input) { userErrors { code } } }`;
  await gateway.gql(assign, { input: { userId: userId("contosoHelpdesk"), role: "REPORT_VIEWER" } }, { as: "contosoGlobalAdmin" });
  await gateway.gql(assign, { input: { userId: userId("fabrikamHelpdesk"), role: "REPORT_VIEWER" } }, { as: "fabrikamGlobalAdmin" });
});
afterAll(() => gateway?.stop());

/** The error as the client sees it, minus what legitimately differs between two requests. */
function visibleError(response: {
  status: number;
  data: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}) {
  const [error] = response.errors ?? [];
  const { requestId: _requestId, ...extensions } = error?.extensions ?? {};
  return { status: response.status, data: response.data, message: error?.message, extensions };
}

describe("organization(id)", () => {
  it.each([
    ["contosoGlobalAdmin", "fabrikam"],
    ["contosoHelpdesk", "fabrikam"],
    ["fabrikamGlobalAdmin", "contoso"],
    ["adatumCspAgent", "contoso"],
    ["outsideMsa", "contoso"],
  ] as const)("%s asking for %s gets null, exactly like a random id (a nullable lookup, as GitHub's)", async (as, org) => {
    const foreign = await gateway.gql(ORGANIZATION, { id: orgId(org) }, { as });
    const missing = await gateway.gql(ORGANIZATION, { id: RANDOM_ORG }, { as });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ organization: null });
    expect(visibleError(foreign)).toEqual(visibleError(missing));
  });

  it("a member reads its own organization; the operator reads any", async () => {
    const own = await gateway.gql(ORGANIZATION, { id: orgId("contoso") }, { as: "contosoHelpdesk" });
    expect(own.data?.organization.id).toBe(orgId("contoso"));
    for (const org of ["contoso", "fabrikam", "adatum"] as const) {
      const response = await gateway.gql(ORGANIZATION, { id: orgId(org) }, { as: "operator" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.organization.id).toBe(orgId(org));
    }
  });
});

describe("node(id) / nodes(ids)", () => {
  it.each([
    ["an Organization", orgId("fabrikam"), RANDOM_ORG],
    ["a User", userId("fabrikamHelpdesk"), RANDOM_USER],
  ])("a foreign %s is null, identical to a missing id", async (_kind, foreign, missing) => {
    const a = await gateway.gql(NODE, { id: foreign }, { as: "contosoGlobalAdmin" });
    const b = await gateway.gql(NODE, { id: missing }, { as: "contosoGlobalAdmin" });
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual({ node: null });
    expect(visibleError(a)).toEqual(visibleError(b));
  });

  it("nodes(ids) answers null for foreign and missing ids alike, and the object for own ones", async () => {
    const ids = [orgId("fabrikam"), RANDOM_ORG, orgId("contoso"), userId("fabrikamGlobalAdmin"), RANDOM_USER, userId("contosoHelpdesk")];
    const { data, errors } = await gateway.gql(NODES, { ids }, { as: "contosoGlobalAdmin" });
    expect(errors).toBeUndefined();
    expect(data?.nodes).toEqual([
      null,
      null,
      { id: orgId("contoso"), __typename: "Organization" },
      null,
      null,
      { id: userId("contosoHelpdesk"), __typename: "User" },
    ]);
  });

  it("the operator refetches any organization and its users", async () => {
    const { data } = await gateway.gql(NODES, { ids: [orgId("fabrikam"), userId("fabrikamHelpdesk")] }, { as: "operator" });
    expect(data?.nodes).toEqual([
      { id: orgId("fabrikam"), __typename: "Organization" },
      { id: userId("fabrikamHelpdesk"), __typename: "User" },
    ]);
  });

  it("another organization's audit entry is null, identical to a missing one", async () => {
    const log = await gateway.gql(ORGANIZATION_AUDIT, { id: orgId("contoso") }, { as: "contosoGlobalAdmin" });
    const entryId = log.data?.organization.auditLog.edges[0].node.id;
    expect(entryId).toBeTruthy();
    const foreign = await gateway.gql(NODE, { id: entryId }, { as: "fabrikamGlobalAdmin" });
    const missing = await gateway.gql(NODE, { id: RANDOM_AUDIT }, { as: "fabrikamGlobalAdmin" });
    expect(foreign.data).toEqual({ node: null });
    expect(visibleError(foreign)).toEqual(visibleError(missing));
  });
});

describe("organizations", () => {
  it.each(["contosoGlobalAdmin", "contosoHelpdesk", "fabrikamGlobalAdmin", "adatumCspAgent", "outsideMsa"] as const)(
    "%s is FORBIDDEN",
    async (as) => {
      const response = await gateway.gql("{ organizations { nodes { id } } }", {}, { as });
      expect(response.status).toBe(403);
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(response.data).toBeNull();
    },
  );

  it("anonymous is UNAUTHENTICATED; the operator gets every organization", async () => {
    expect((await gateway.gql("{ organizations { nodes { id } } }", {}, { as: null })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    const { data, errors } = await gateway.gql("{ organizations { nodes { id } } }", {}, { as: "operator" });
    expect(errors).toBeUndefined();
    expect(data?.organizations.nodes.map((o: { id: string }) => o.id).sort()).toEqual(
      (Object.keys(DEMO_IDS.organizations) as Org[]).map(orgId).sort(),
    );
  });
});

describe("users", () => {
  it("a member lists its own organization's users only", async () => {
    const { data, errors } = await gateway.gql(ORGANIZATION_USERS, { id: orgId("contoso") }, { as: "contosoHelpdesk" });
    expect(errors).toBeUndefined();
    const emails = data?.organization.users.nodes.map((u: { email: string }) => u.email).sort();
    const expected = Object.values(DEMO_USERS)
      .filter((u) => u.organization === "contoso")
      .map((u) => u.email)
      .sort();
    expect(emails).toEqual(expected);
    for (const user of data?.organization.users.nodes ?? []) expect(user.organization.id).toBe(orgId("contoso"));
  });

  it("another organization's users are hidden (organization null), like a missing organization; the operator lists them", async () => {
    const foreign = await gateway.gql(ORGANIZATION_USERS, { id: orgId("fabrikam") }, { as: "contosoGlobalAdmin" });
    const missing = await gateway.gql(ORGANIZATION_USERS, { id: RANDOM_ORG }, { as: "contosoGlobalAdmin" });
    expect(foreign.data).toEqual({ organization: null });
    expect(visibleError(foreign)).toEqual(visibleError(missing));
    const operator = await gateway.gql(ORGANIZATION_USERS, { id: orgId("fabrikam") }, { as: "operator" });
    expect(operator.data?.organization.users.nodes.every((u: { email: string }) => u.email.endsWith("@fabrikam.example"))).toBe(true);
  });
});

describe("auditLog", () => {
  it("another organization's audit log is hidden (organization null), like a missing organization", async () => {
    const foreign = await gateway.gql(ORGANIZATION_AUDIT, { id: orgId("fabrikam") }, { as: "contosoGlobalAdmin" });
    const missing = await gateway.gql(ORGANIZATION_AUDIT, { id: RANDOM_ORG }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ organization: null });
    expect(visibleError(foreign)).toEqual(visibleError(missing));
  });

  it("the root audit log is the operator's only", async () => {
    const response = await gateway.gql("{ auditLog(first: 5) { edges { node { id } } } }", {}, { as: "contosoGlobalAdmin" });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const operator = await gateway.gql("{ auditLog(first: 5) { totalCount } }", {}, { as: "operator" });
    expect(operator.data?.auditLog.totalCount).toBe(2);
  });

  it("role changes on another organization's user are NOT_FOUND, like a missing user", async () => {
    const mutation = `mutation($input: RemoveUserRoleInput!) { removeUserRole(input: $input) { userErrors { code } } }`;
    const foreign = await gateway.gql(
      mutation,
      { input: { userId: userId("fabrikamGlobalAdmin"), role: "GLOBAL_ADMIN" } },
      { as: "contosoGlobalAdmin" },
    );
    const missing = await gateway.gql(mutation, { input: { userId: RANDOM_USER, role: "GLOBAL_ADMIN" } }, { as: "contosoGlobalAdmin" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(visibleError(foreign)).toEqual(visibleError(missing));
  });
});
