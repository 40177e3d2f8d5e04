/**
 * Hostile GraphQL: each attack gets a clear error with its code (and the limit, for limits), and
 * the gateway keeps answering: after every test a normal query must still answer correctly.
 */
import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NodeType, toGlobalId } from "../../src/relay/global-id";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

let gateway: TestGateway;
let token: string;
beforeAll(async () => {
  gateway = await startTestGateway();
  token = await gateway.token("fabrikamGlobalAdmin");
});
afterAll(() => gateway?.stop());

/** POSTs a raw body (anything: arrays, broken JSON, other content types). */
async function raw(body: string, headers: Record<string, string> = {}, method = "POST") {
  const response = await fetch(gateway.graphqlUrl, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: method === "GET" ? undefined : body,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

const codeOf = (response: { json?: any; errors?: any }) => (response.json ?? response).errors?.[0]?.extensions?.code;

afterEach(async () => {
  // Whatever the previous request did, the gateway still answers a normal query correctly.
  const { status, data, errors } = await gateway.gql("{ viewer { email } }", {}, { as: "fabrikamGlobalAdmin" });
  expect(status).toBe(200);
  expect(errors).toBeUndefined();
  expect(data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
});

const gql = (query: string, variables: Record<string, unknown> = {}) => gateway.gql(query, variables, { as: "fabrikamGlobalAdmin" });

describe("shape limits", () => {
  it("a depth bomb hidden in fragments is QUERY_TOO_COMPLEX with the depth limit", async () => {
    const query = `
      fragment O on Organization { users { nodes { organization { users { nodes { organization { users { nodes { organization { name } } } } } } } } } }
      { viewer { organization { ...O } } }`;
    const response = await gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "depth", max: 8 });
    expect(response.data ?? null).toBeNull();
  });

  it("an alias flood is QUERY_TOO_COMPLEX with the alias limit", async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const response = await gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "aliases", max: 15 });
  });

  it("a field duplicated 2000 times is stopped by the token limit before it is parsed in full", async () => {
    const response = await gql(`{ viewer { ${"email ".repeat(2000)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "tokens", max: 1000 });
  });

  it("a field duplicated 300 times (under the token limit) is merged and answered once", async () => {
    const response = await gql(`{ viewer { ${"email ".repeat(300)} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ viewer: { email: DEMO_USERS.fabrikamGlobalAdmin.email } });
  });

  it("directive overloading is QUERY_TOO_COMPLEX with the directive limit", async () => {
    const response = await gql(`{ viewer ${"@include(if: true) ".repeat(50)} { email } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "directives", max: 10 });
  });

  it("a fragment cycle is a validation error: BAD_USER_INPUT", async () => {
    const query = `
      fragment A on User { email organization { users { nodes { ...B } } } }
      fragment B on User { email organization { users { nodes { ...A } } } }
      { viewer { ...A } }`;
    const response = await gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.map((e) => e.message).join(" ")).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("a huge `first` is refused with BAD_USER_INPUT naming the maximum page size", async () => {
    const response = await gql("{ incidents(first: 1000000) { totalCount edges { node { id } } } }");
    const [error] = response.errors ?? [];
    expect(["BAD_USER_INPUT", "QUERY_TOO_COMPLEX"]).toContain(error?.extensions?.code);
    expect(error?.message).toMatch(/100\b|5000/);
    expect(response.data?.incidents ?? null).toBeNull();
  });

  it("a huge `first` in nested connections is refused by the cost limit, which is reported", async () => {
    const query = "{ incidents(first: 100) { nodes { organization { incidents(first: 100) { nodes { id title } } } } } }";
    const response = await gql(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost", max: 5000 });
    expect(response.errors?.[0]?.extensions?.cost).toBeGreaterThan(5000);
  });

  it("lists are charged by their page size: 100 organizations with 100 users each is refused before any resolver runs", async () => {
    const query = "{ organizations(first: 100) { nodes { name users(first: 100) { nodes { id email } } } } }";
    const response = await gateway.gql(query, {}, { as: "operator" });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    // 1 + 100 x (1 + name + users: 1 + 100 x (1 + id + email)) = 30_301.
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost", max: 5000, cost: 30_301 });
    expect(response.errors?.[0]?.message).toBe("Query cost 30301 exceeds the maximum of 5000");
  });

  it("a small nested page passes, and an absent `first` is charged as the default page size (20)", async () => {
    const small = await gateway.gql(
      "{ organizations(first: 10) { nodes { name users(first: 10) { nodes { id email } } } } }",
      {},
      {
        as: "operator",
      },
    );
    expect(small.errors).toBeUndefined();
    expect(small.data?.organizations.nodes.length).toBeGreaterThan(0);
    expect(small.extensions?.cost).toEqual({ requested: 1 + 10 * (1 + 1 + (1 + 10 * 3)), maximum: 5000 });
    const defaults = await gateway.gql(
      "{ organizations { nodes { users { nodes { id } } customers { nodes { id } } } } }",
      {},
      {
        as: "operator",
      },
    );
    expect(defaults.errors).toBeUndefined();
    expect(defaults.extensions?.cost).toEqual({ requested: 1 + 20 * (1 + 2 * (1 + 20 * 2)), maximum: 5000 });
  });
});

describe("HTTP-level attacks", () => {
  it("a batched array of operations is refused with 400", async () => {
    const response = await raw(JSON.stringify([{ query: "{ viewer { email } }" }, { query: "{ viewer { email } }" }]));
    expect(response.status).toBe(400);
    expect(response.text).not.toContain(DEMO_USERS.fabrikamGlobalAdmin.email);
  });

  it.each([
    ["truncated JSON", '{"query": "{ viewer { email } }"'],
    ["a bare string", '"{ viewer { email } }"'],
    ["JSON with a NUL byte outside strings", '{"query":\u0000"{ viewer { email } }"}'],
  ])("%s answers 400 BAD_USER_INPUT", async (_label, body) => {
    const response = await raw(body);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
  });

  it("an oversized body answers 413 BAD_USER_INPUT naming the limit", async () => {
    const response = await raw(JSON.stringify({ query: "{ viewer { email } }", variables: { pad: "x".repeat(200_000) } }));
    expect(response.status).toBe(413);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.json.errors[0].message).toContain(String(gateway.config.maxBodyBytes));
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "a simple-request content type (%s) is refused (CSRF prevention)",
    async (contentType) => {
      const response = await raw(JSON.stringify({ query: "mutation { __typename }" }), { "content-type": contentType });
      expect(response.status).toBe(400);
      expect(response.text).not.toContain('__typename":"Mutation');
    },
  );

  it("a GET without a preflight header is refused (CSRF), and a GET mutation with one is 405", async () => {
    const query = encodeURIComponent(`mutation { activateTechnicalBenefits { userErrors { code } } }`);
    const noPreflight = await fetch(`${gateway.graphqlUrl}?query=${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(noPreflight.status).toBe(400);
    const withPreflight = await fetch(`${gateway.graphqlUrl}?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "1" },
    });
    expect(withPreflight.status).toBe(405);
    // Nothing ran: no audit entry for the attempt.
    const entries = await gateway.database.db
      .selectFrom("auditLog")
      .select("id")
      .where("action", "=", "activateTechnicalBenefits")
      .execute();
    expect(entries).toEqual([]);
  });
});

describe("hostile IDs and strings", () => {
  const NODE = "query ($id: ID!) { node(id: $id) { id } }";
  it.each([
    ["empty", ""],
    ["not base64", "!!!"],
    ["base64 of garbage", Buffer.from("garbage").toString("base64url")],
    ["an unknown type", Buffer.from("Spaceship:1").toString("base64url")],
    ["a known type with a non-uuid id", toGlobalId(NodeType.Organization, "'; drop table organizations; --")],
    ["very long", "A".repeat(50_000)],
    ["odd Unicode", "💥\u0000\u202e\ud800ＡＢＣ"],
  ])("node(id) with %s is BAD_USER_INPUT or null, never an internal error", async (_label, id) => {
    const response = await gql(NODE, { id });
    const code = response.errors?.[0]?.extensions?.code;
    if (code) expect(code).toBe("BAD_USER_INPUT");
    else expect(response.data).toEqual({ node: null });
  });

  it.each([
    ["a NUL character", "Before\u0000after"],
    ["a lone surrogate", "Half \ud800 a pair"],
    ["right-to-left override and zero-width joiners", "\u202eevil\u200d\u200d.exe"],
    ["10 000 emoji (40 kB, under the body limit)", "🔥".repeat(10_000)],
  ])("createSupportIncident with %s in the title is a typed refusal or a success, never an internal error", async (label, title) => {
    const before = await remainingIncidents();
    const response = await gql(
      `mutation ($input: CreateSupportIncidentInput!) { createSupportIncident(input: $input) { incident { id title } userErrors { code field } } }`,
      {
        input: {
          productVersionId: toGlobalId(NodeType.ProductVersion, DEMO_IDS.productVersions.sqlServer2022),
          title,
          description: "Hostile title",
          severity: "C",
          contact: { name: "Pat", email: "pat@example.com" },
        },
      },
    );
    if (label === "a NUL character") {
      // PostgreSQL text cannot hold U+0000: refused up front for the whole request.
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(await remainingIncidents()).toBe(before);
      return;
    }
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const payload = response.data?.createSupportIncident;
    if (payload.incident) {
      expect(payload.userErrors).toEqual([]);
      expect(await remainingIncidents()).toBe(before - 1);
    } else {
      expect(payload.userErrors[0]).toMatchObject({ field: ["input", "title"] });
      expect(await remainingIncidents()).toBe(before);
    }
  });

  it.each([
    [
      "in a variable",
      `mutation ($input: LinkSupportContractInput!) { linkSupportContract(input: $input) { userErrors { code } } }`,
      { input: { accessId: "FAB\u0000ACCESS", contractNumber: "x" } },
    ],
    [
      "in a literal",
      `mutation { linkSupportContract(input: { accessId: "FAB\\u0000ACCESS", contractNumber: "x" }) { userErrors { code } } }`,
      {},
    ],
    ["in a query filter", `query ($f: AuditLogFilter) { auditLog(first: 1, filter: $f) { totalCount } }`, { f: { action: "a\u0000" } }],
  ])("a NUL character %s is BAD_USER_INPUT (400), never an internal error", async (_label, query, variables) => {
    const response = await gql(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

async function remainingIncidents(): Promise<number> {
  const row = await gateway.database.db
    .selectFrom("supportContracts")
    .select("incidentsRemaining")
    .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
    .executeTakeFirstOrThrow();
  return row.incidentsRemaining ?? Number.POSITIVE_INFINITY;
}

describe("introspection off", () => {
  let closed: TestGateway;
  beforeAll(async () => {
    closed = await startTestGateway({ config: { introspection: false } });
  });
  afterAll(() => closed?.stop());

  it("refuses introspection and gives no field suggestions", async () => {
    const introspection = await closed.gql("{ __schema { types { name } } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(introspection.data ?? null).toBeNull();
    const typo = await closed.gql("{ viewer { emial organizaton { nme } } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const messages = (typo.errors ?? []).map((e) => e.message).join("\n");
    expect(messages).not.toMatch(/did you mean/i);
    expect(messages).not.toContain("email");
    const normal = await closed.gql("{ viewer { email } }", {}, { as: "fabrikamGlobalAdmin" });
    expect(normal.data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
  });

  it("with introspection on, the same typo does get a suggestion (so the test above means something)", async () => {
    const typo = await gql("{ viewer { emial } }");
    expect(typo.errors?.[0]?.message).toMatch(/did you mean/i);
  });
});
