import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { buildSchema, execute, type GraphQLResolveInfo, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuiltOnce, selectionKey } from "../../src/prefetch/built-statements";
import { toGlobalId } from "../../src/relay/global-id";
import { type DemoUserKey, startTestGateway, type TestGateway } from "../support/test-gateway";

describe("selectionKey: the place of a field in a document, with the variables", () => {
  const schema = buildSchema("type Item { name: String } type Query { item(n: Int): Item }");
  const keys: string[] = [];
  const rootValue = {
    item: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      keys.push(selectionKey(info));
      return { name: "a" };
    },
  };
  const keysOf = async (document: ReturnType<typeof parse>, variableValues: Record<string, unknown> = {}) => {
    keys.length = 0;
    const result = await execute({ schema, document, rootValue, variableValues });
    expect(result.errors).toBeUndefined();
    return [...keys];
  };

  it("is the same for every execution of one parsed document with the same variables", async () => {
    const document = parse("query ($n: Int) { item(n: $n) { name } }");
    expect(await keysOf(document, { n: 1 })).toEqual(await keysOf(document, { n: 1 }));
  });

  it("differs with the variables, between places, and for another parse of the same text", async () => {
    const text = "query ($n: Int) { item(n: $n) { name } }";
    const document = parse(text);
    const [one] = await keysOf(document, { n: 1 });
    const [two] = await keysOf(document, { n: 2 });
    const [again] = await keysOf(parse(text), { n: 1 });
    expect(new Set([one, two, again]).size).toBe(3);
    // One fragment in two places: its field node is shared, the places are not.
    const places = await keysOf(parse("{ a: item { ...F } b: item { ...F } } fragment F on Item { name }"));
    expect(places).toHaveLength(2);
    expect(places[0]).not.toBe(places[1]);
  });
});

describe("BuiltOnce", () => {
  it("builds a value once per key", () => {
    const built = new BuiltOnce<{ n: number }>(10);
    let builds = 0;
    const make = () => ({ n: ++builds });
    expect(built.get("a", make)).toBe(built.get("a", make));
    expect(built.get("b", make).n).toBe(2);
    expect(builds).toBe(2);
  });
});

/**
 * The organization statement is built once per selection, ids and what its children read of the
 * request (the viewer, today, limits): a statement built for one request must never answer one
 * that would have built another. Each answer is checked against the database, in rounds that
 * reuse the statements of the rounds before.
 */
describe("organization statements built once, answers checked against the database", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  const DASHBOARD = `query ($first: Int!) { viewer { organization { id incidents(first: $first) { edges { node { number createdBy { displayName } } } } } } }`;
  const USERS: DemoUserKey[] = [
    "operator",
    "contosoGlobalAdmin",
    "fabrikamHelpdesk",
    "fabrikamGlobalAdmin",
    "northwindGlobalAdmin",
    "outsideMsa",
  ];

  const expected = async (user: DemoUserKey, first: number) => {
    const organization = DEMO_USERS[user].organization as keyof typeof DEMO_IDS.organizations | null;
    if (organization === null) return { viewer: { organization: null } };
    const organizationId = DEMO_IDS.organizations[organization];
    const rows = await gateway.database.db
      .selectFrom("incidents")
      .innerJoin("users", "users.id", "incidents.createdBy")
      .select(["incidents.number", "users.displayName"])
      .where("incidents.organizationId", "=", organizationId)
      .orderBy("incidents.createdAt", "desc")
      .orderBy("incidents.id", "desc")
      .limit(first)
      .execute();
    const incidents = rows.map((row) => ({
      node: { number: `SR-${String(row.number).padStart(4, "0")}`, createdBy: { displayName: row.displayName } },
    }));
    return { viewer: { organization: { id: toGlobalId("Organization", organizationId), incidents: { edges: incidents } } } };
  };

  it("every user, every page size, in rounds: each answer is the user's own", async () => {
    for (let round = 0; round < 3; round++) {
      for (const first of [2, 5]) {
        for (const user of round === 1 ? [...USERS].reverse() : USERS) {
          const { data, errors } = await gateway.gql(DASHBOARD, { first }, { as: user, headers: { "cache-control": "no-cache" } });
          expect(errors, user).toBeUndefined();
          expect(data, `${user} first: ${first} round ${round}`).toEqual(await expected(user, first));
        }
      }
    }
    // The fixture has what the check needs: several organizations, pages shorter than the data.
    expect((await expected("fabrikamGlobalAdmin", 5)).viewer.organization?.incidents.edges).toHaveLength(5);
  });
});
