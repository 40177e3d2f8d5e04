/**
 * Nothing a client sends can cause a 500: every malformed request answers 4xx with an
 * `extensions.code` and a request id, with the response cache on and off (the cache once turned
 * three of these into unlogged 500s). After each one a normal query still answers (from the cache,
 * when it is on).
 */
import { DEMO_USERS } from "@support-hub/db";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_DEPTH } from "../../src/http/request-shape";
import { RESPONSE_CACHE_HEADER } from "../../src/performance/response-cache";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

/** `{"a":{"a":...1...}}`, built as text: JSON.stringify itself would overflow the stack at this depth. */
const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
const nestedArray = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const VIEWER = "query Viewer { viewer { email } }";

/** Raw request bodies (text, so that they can be anything) and what they must answer. */
const MALFORMED: Array<[label: string, body: string, status: number]> = [
  ["two operations and no operationName", JSON.stringify({ query: "query A { viewer { email } } query B { viewer { id } }" }), 400],
  ["an unknown operationName", JSON.stringify({ query: VIEWER, operationName: "Nope" }), 400],
  [
    "an operationName on a document of fragments",
    JSON.stringify({ query: "fragment F on Query { viewer { email } }", operationName: "F" }),
    400,
  ],
  ["variables nested 5,000 levels deep", `{"query":${JSON.stringify(VIEWER)},"variables":{"x":${nestedObject(5000)}}}`, 400],
  [
    "a used variable nested 5,000 levels deep",
    `{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":${nestedObject(5000)}}}`,
    400,
  ],
  ["variables of 40,000 nested arrays", `{"query":${JSON.stringify(VIEWER)},"variables":{"x":${nestedArray(40_000)}}}`, 400],
  ["extensions nested 5,000 levels deep", `{"query":${JSON.stringify(VIEWER)},"extensions":${nestedObject(5000)}}`, 400],
  ["a subscription", JSON.stringify({ query: "subscription S { viewer { email } }" }), 400],
  [
    "a subscription among queries, selected by name",
    JSON.stringify({ query: `${VIEWER} subscription S { viewer { id } }`, operationName: "S" }),
    400,
  ],
  ["an operationName that is a number", JSON.stringify({ query: VIEWER, operationName: 5 }), 400],
  ["variables that are an array", JSON.stringify({ query: VIEWER, variables: [1] }), 400],
  ["variables that are a JSON string", JSON.stringify({ query: VIEWER, variables: '{"a":1}' }), 400],
  ["a query that is a number", JSON.stringify({ query: 5 }), 400],
  ["no query at all", "{}", 400],
  ["an empty query", JSON.stringify({ query: "" }), 400],
  ["a query of only a comment", JSON.stringify({ query: "# nothing" }), 400],
  ["a variable of the wrong type", JSON.stringify({ query: "query ($first: Int) { viewer { email } }", variables: { first: "x" } }), 400],
  ["a variable with a __proto__ key", `{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"__proto__":{"id":"x"}}}`, 400],
  // 200 by the automatic persisted queries protocol: the client then sends the full query.
  [
    "a persisted query the server does not know",
    JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    200,
  ],
  [
    "a persisted query whose sha256 is not its document's",
    JSON.stringify({ query: VIEWER, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    400,
  ],
  ["a null body", "null", 400],
  ["a body that is a number", "42", 400],
];

for (const cacheMb of ["32", "0"]) {
  describe(`malformed requests (response cache ${cacheMb === "0" ? "off" : "on"})`, () => {
    let gateway: TestGateway;
    let token: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ env: { RESPONSE_CACHE_MAX_MB: cacheMb } });
      token = await gateway.token("fabrikamGlobalAdmin");
    });
    afterAll(() => gateway?.stop());

    afterEach(async () => {
      const { status, data, errors, headers } = await gateway.gql(VIEWER, {}, { as: "fabrikamGlobalAdmin" });
      expect(status).toBe(200);
      expect(errors).toBeUndefined();
      expect(data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
      if (cacheMb !== "0") expect(headers.get(RESPONSE_CACHE_HEADER)).toMatch(/^(hit|miss)$/);
    });

    it.each(MALFORMED)("%s is refused with a code and a request id", async (_label, body, status) => {
      const requestId = `malformed-${Math.random().toString(36).slice(2)}`;
      const response = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": requestId },
        body,
      });
      const json = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      expect(response.status, JSON.stringify(json)).toBe(status);
      expect(response.headers.get("x-request-id")).toBe(requestId);
      expect(json.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|QUERY_TOO_COMPLEX)$/);
      expect(JSON.stringify(json)).not.toMatch(/INTERNAL_SERVER_ERROR|at .*\.(js|ts):\d+/);
    });

    it("names the problem: which operation, or that subscriptions are not served", async () => {
      const post = (query: string) => gateway.gql(query, {}, { as: "fabrikamGlobalAdmin" });
      const twoOps = await post("query A { viewer { email } } query B { viewer { id } }");
      expect(twoOps.errors?.[0]?.message).toMatch(/operationName/);
      const subscription = await post("subscription S { viewer { email } }");
      expect(subscription.errors?.[0]?.message).toMatch(/Subscriptions are not supported/);
      expect(subscription.data ?? null).toBeNull();
    });

    it(`a body nested exactly ${MAX_BODY_DEPTH} levels deep is still accepted (the limit is not off by one)`, async () => {
      // The body is level 1, `variables` level 2, the outermost `x` level 3: 62 more make 64.
      const body = `{"query":${JSON.stringify(VIEWER)},"variables":{"x":${nestedObject(MAX_BODY_DEPTH - 2)}}}`;
      const response = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
      });
      expect(response.status).toBe(200);
      const tooDeep = `{"query":${JSON.stringify(VIEWER)},"variables":{"x":${nestedObject(MAX_BODY_DEPTH - 1)}}}`;
      const refused = await fetch(gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: tooDeep,
      });
      expect(refused.status).toBe(400);
    });

    it("GET with two operations and no operationName is a 400 too", async () => {
      const query = encodeURIComponent("query A { viewer { email } } query B { viewer { id } }");
      const response = await fetch(`${gateway.graphqlUrl}?query=${query}`, {
        headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "1" },
      });
      expect(response.status).toBe(400);
      const json = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(json.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    });
  });
}
