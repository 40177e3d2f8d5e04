import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDevToken } from "../src/auth";
import { startTestGateway, type TestGateway } from "./support/test-gateway";
import { DEMO_USERS } from "@support-hub/db";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

const VIEWER = "{ viewer { email displayName roles organization { name cspRelationship } } }";

describe("HTTP endpoints", () => {
  it("answers /healthz and /readyz", async () => {
    const health = await fetch(`${gateway.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).status).toBe("ready");
  });

  it("serves the Apollo Sandbox landing page to a browser", async () => {
    const page = await fetch(gateway.graphqlUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("sandbox");
    // The Sandbox opens with a ready Authorization header for the demo admin.
    expect(html).toContain("Bearer ");
  });

  it("refuses a GET mutation and a simple-request content type (CSRF prevention)", async () => {
    const get = await fetch(`${gateway.graphqlUrl}?query=${encodeURIComponent("mutation { __typename }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(405);
    const form = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(form.status).toBe(400);
  });

  it("answers malformed JSON and oversized bodies with BAD_USER_INPUT", async () => {
    const malformed = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const huge = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } #${"x".repeat(gateway.config.maxBodyBytes)}` }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("echoes a request id header", async () => {
    const response = await fetch(`${gateway.url}/healthz`, { headers: { "x-request-id": "test-req-1" } });
    expect(response.headers.get("x-request-id")).toBe("test-req-1");
  });
});

describe("authentication", () => {
  it("returns the viewer with roles and organization from the database", async () => {
    const { data, errors } = await gateway.gql(VIEWER, {}, { as: "contosoGlobalAdmin" });
    expect(errors).toBeUndefined();
    expect(data?.viewer.email).toBe(DEMO_USERS.contosoGlobalAdmin.email);
    expect(data?.viewer.roles).toContain("GLOBAL_ADMIN");
    expect(data?.viewer.organization.name).toMatch(/Contoso/);
  });

  it("requires a token for the viewer (401 UNAUTHENTICATED)", async () => {
    const response = await gateway.gql(VIEWER);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  const secret = () => new TextEncoder().encode(gateway.config.auth.jwtSecret);
  const claims = () => ({ iss: gateway.config.auth.issuer, aud: gateway.config.auth.audience });

  it.each([
    ["a malformed header", async () => "Basic abc", true],
    ["garbage", async () => "not.a.jwt", false],
    [
      "an expired token",
      async () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: "HS256" })
          .setSubject(DEMO_USERS.contosoGlobalAdmin.id)
          .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
          .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
          .sign(secret()),
      false,
    ],
    ["a not-yet-valid token", async () => signDevToken(gateway.config.auth, DEMO_USERS.contosoGlobalAdmin.id, { notBefore: "1h" }), false],
    [
      "a token signed with another secret",
      async () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: "HS256" })
          .setSubject(DEMO_USERS.contosoGlobalAdmin.id)
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode("another-secret-another-secret-xx")),
      false,
    ],
    [
      "an alg:none token",
      async () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${encode({ alg: "none", typ: "JWT" })}.${encode({ ...claims(), sub: DEMO_USERS.contosoGlobalAdmin.id, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
      },
      false,
    ],
    ["a token of a user that does not exist", async () => signDevToken(gateway.config.auth, "00000000-0000-4000-8000-000000000999"), false],
  ])("refuses %s with 401 UNAUTHENTICATED", async (_label, makeToken, rawHeader) => {
    const value = await makeToken();
    const headers = rawHeader ? { authorization: value } : { authorization: `Bearer ${value}` };
    const response = await gateway.gql(VIEWER, {}, { headers });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.data ?? null).toBeNull();
  });
});

describe("errors and limits", () => {
  it("folds validation errors into BAD_USER_INPUT", async () => {
    const response = await gateway.gql("{ viewer { noSuchField } }", {}, { as: "contosoGlobalAdmin" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query deeper than the limit with QUERY_TOO_COMPLEX and the limit", async () => {
    const deep = `{ viewer { organization { users { nodes { organization { users { nodes { organization { name } } } } } } } } }`;
    const response = await gateway.gql(deep, {}, { as: "contosoGlobalAdmin" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "depth", max: 8 });
  });

  it("refuses too many aliases and too many tokens", async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { email }`).join(" ")} }`;
    const aliasResponse = await gateway.gql(aliases, {}, { as: "contosoGlobalAdmin" });
    expect(aliasResponse.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "aliases" });
    const tokens = `{ ${Array.from({ length: 1100 }, () => "__typename").join(" ")} }`;
    const tokenResponse = await gateway.gql(tokens, {}, { as: "contosoGlobalAdmin" });
    expect(tokenResponse.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "tokens" });
  });

  it("reports the query cost in extensions", async () => {
    const response = await gateway.gql(VIEWER, {}, { as: "contosoGlobalAdmin" });
    expect(response.extensions?.cost?.requested).toBeGreaterThan(0);
    expect(response.extensions?.cost?.maximum).toBe(gateway.config.limits.maxCost);
  });

  it("rejects a foreign or malformed global ID without leaking anything", async () => {
    const malformed = await gateway.gql('{ node(id: "!!nope") { id } }', {}, { as: "contosoGlobalAdmin" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
