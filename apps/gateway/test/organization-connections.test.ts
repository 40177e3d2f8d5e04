import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "./support/test-gateway";

const O = DEMO_IDS.organizations;
const orgId = (id: string) => toGlobalId("Organization", id);
const byName = (a: string, b: string) => a.localeCompare(b, "en");

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  const { db } = gateway.database;
  // Names whose order differs between a byte ("C") collation and a human one, and duplicates that
  // only the id tie-breaker orders.
  await db
    .insertInto("organizations")
    .values([
      { name: "aardvark Partners", cspRelationship: "NONE" },
      { name: "Zeta Consulting", cspRelationship: "NONE" },
      { name: "Twin Partners", cspRelationship: "NONE" },
      { name: "Twin Partners", cspRelationship: "NONE" },
    ])
    .execute();
  await db
    .insertInto("users")
    .values(
      ["alice lowercase", "Émile Accent", "Same Name", "Same Name", "zoe Last"].map((displayName, i) => ({
        email: `extra${i}@contoso.example`,
        displayName,
        accountKind: "AAD" as const,
        organizationId: O.contoso,
      })),
    )
    .execute();
  await db
    .insertInto("cspCustomers")
    .values(
      ["adventure works", "Blue Yonder", "Blue Yonder", "Ökotech"].map((name, i) => ({
        partnerOrganizationId: O.fabrikam,
        name,
        domain: `extra${i}.example`,
      })),
    )
    .execute();
  const engagement = await db.selectFrom("tpdEngagements").selectAll().where("organizationId", "=", O.fabrikam).executeTakeFirstOrThrow();
  // Three engagements at the same instant: only the id orders them.
  const at = new Date("2026-11-20T10:00:00.123Z");
  await db
    .insertInto("tpdEngagements")
    .values(
      [1, 2, 3].map((n) => ({
        organizationId: O.fabrikam,
        periodStart: engagement.periodStart,
        kind: engagement.kind,
        hours: 1,
        description: `Same instant ${n}`,
        createdBy: DEMO_USERS.fabrikamGlobalAdmin.id,
        createdAt: at,
      })),
    )
    .execute();
}, 180_000);
afterAll(() => gateway?.stop());

async function ok(query: string, variables: Record<string, unknown>, as: DemoUserKey) {
  const response = await gateway.gql(query, variables, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as Record<string, any>;
}

/** Reads a connection page by page (`pick` finds it in the answer) and returns every node. */
async function walk(query: string, variables: Record<string, unknown>, as: DemoUserKey, pick: (data: any) => any, first: number) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const connection = pick(await ok(query, { ...variables, first, after }, as));
    expect(connection.edges.map((edge: any) => edge.node)).toEqual(connection.nodes);
    expect(connection.nodes.length).toBeLessThanOrEqual(first);
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error("never reached the last page");
}

const PAGE = "edges { cursor node { ...N } } nodes { ...N } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount";
const ORGANIZATIONS = `query ($first: Int!, $after: String) { organizations(first: $first, after: $after) { ${PAGE} } } fragment N on Organization { id name }`;
const USERS = `query ($id: ID!, $first: Int!, $after: String) { organization(id: $id) { users(first: $first, after: $after) { ${PAGE} } } } fragment N on User { id displayName }`;
const CUSTOMERS = `query ($id: ID!, $first: Int!, $after: String) { organization(id: $id) { customers(first: $first, after: $after) { ${PAGE} } } } fragment N on CspCustomer { id name }`;
const ENGAGEMENTS = `query ($id: ID!, $first: Int!, $after: String) { organization(id: $id) { tpdEngagements(first: $first, after: $after) { ${PAGE} } } } fragment N on TpdEngagement { id createdAt }`;

describe("Query.organizations", () => {
  it("pages through every organization by name (human order, then id), each exactly once, with the total", async () => {
    const all = (await ok(ORGANIZATIONS, { first: 100 }, "operator")).organizations;
    const count = await gateway.database.db
      .selectFrom("organizations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(all.totalCount).toBe(Number(count.n));
    expect(all.nodes).toHaveLength(Number(count.n));
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const names = all.nodes.map((node: any) => node.name);
    expect(names).toEqual([...names].sort(byName));
    expect(names[0]).toBe("aardvark Partners");
    expect(names.at(-1)).toBe("Zeta Consulting");
    for (const first of [1, 2, 3]) {
      expect(await walk(ORGANIZATIONS, {}, "operator", (data) => data.organizations, first)).toEqual(all.nodes);
    }
  });

  it("gives 20 by default and refuses a page above 100 or a cursor it did not make (BAD_USER_INPUT)", async () => {
    const byDefault = await gateway.gql("{ organizations { nodes { id } } }", {}, { as: "operator" });
    expect(byDefault.errors).toBeUndefined();
    for (const [variables, argument] of [
      [{ first: 101 }, "first"],
      [{ first: -1 }, "first"],
      [{ first: 5, after: "not-a-cursor" }, "after"],
      [{ first: 5, after: Buffer.from(JSON.stringify(["x", "not-a-uuid"])).toString("base64url") }, "after"],
    ] as const) {
      const response = await gateway.gql(ORGANIZATIONS, variables, { as: "operator" });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toContain(argument);
    }
  });
});

describe("Organization.users, customers and tpdEngagements", () => {
  it("users: by display name (human order, then id), pages agree with one big page, totalCount counts live users", async () => {
    const variables = { id: orgId(O.contoso) };
    const all = (await ok(USERS, { ...variables, first: 100 }, "contosoGlobalAdmin")).organization.users;
    const names = all.nodes.map((node: any) => node.displayName);
    expect(names).toEqual([...names].sort(byName));
    expect(names.filter((name: string) => name === "Same Name")).toHaveLength(2);
    expect(names.indexOf("Émile Accent")).toBeLessThan(names.indexOf("Same Name"));
    expect(all.totalCount).toBe(all.nodes.length);
    const walked = await walk(USERS, variables, "contosoGlobalAdmin", (data) => data.organization.users, 2);
    expect(walked).toEqual(all.nodes);
  });

  it("customers: by name (human order, then id), pages agree with one big page", async () => {
    const variables = { id: orgId(O.fabrikam) };
    const all = (await ok(CUSTOMERS, { ...variables, first: 100 }, "fabrikamHelpdesk")).organization.customers;
    const names = all.nodes.map((node: any) => node.name);
    expect(names).toEqual(["adventure works", "Blue Yonder", "Blue Yonder", "Ökotech", "Wide World Importers", "Woodgrove Bank"]);
    expect(all.totalCount).toBe(6);
    expect(await walk(CUSTOMERS, variables, "fabrikamHelpdesk", (data) => data.organization.customers, 1)).toEqual(all.nodes);
  });

  it("tpdEngagements: newest first, engagements of the same instant ordered by id, pages agree", async () => {
    const variables = { id: orgId(O.fabrikam) };
    const all = (await ok(ENGAGEMENTS, { ...variables, first: 100 }, "fabrikamGlobalAdmin")).organization.tpdEngagements;
    const times = all.nodes.map((node: any) => Date.parse(node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.totalCount).toBe(all.nodes.length);
    for (const first of [1, 2]) {
      expect(await walk(ENGAGEMENTS, variables, "fabrikamGlobalAdmin", (data) => data.organization.tpdEngagements, first)).toEqual(
        all.nodes,
      );
    }
  });

  it("a page of 0 is empty but says whether there is more", async () => {
    const data = await ok(USERS, { id: orgId(O.contoso), first: 0 }, "contosoGlobalAdmin");
    expect(data.organization.users.nodes).toEqual([]);
    expect(data.organization.users.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });
});
