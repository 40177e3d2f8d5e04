/**
 * Token policy: every token carries `exp` and is no older than JWT_MAX_AGE (from its `iat`);
 * production refuses to start with a guessable HS256 secret.
 */
import { DEMO_USERS } from "@support-hub/db";
import { decodeJwt, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

const VIEWER = "{ viewer { email } }";
const now = () => Math.floor(Date.now() / 1000);

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ env: { JWT_MAX_AGE: "1h" } });
});
afterAll(() => gateway?.stop());

/** An HS256 token for a demo user with exactly the given time claims (undefined: left out). */
function token(times: { iat?: number; exp?: number }): Promise<string> {
  const { auth } = gateway.config;
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(DEMO_USERS.fabrikamGlobalAdmin.id)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience);
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(auth.jwtSecret));
}

describe("token claims", () => {
  it("accepts a token issued within the maximum age that has not expired", async () => {
    const response = await gateway.gql(VIEWER, {}, { token: await token({ iat: now() - 30 * 60, exp: now() + 3600 }) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
  });

  it.each([
    ["without exp (it would be valid forever)", () => token({ iat: now() }), /"exp"/],
    ["without iat (its age is unknown)", () => token({ exp: now() + 3600 }), /"iat"/],
    [
      "older than JWT_MAX_AGE even though it has not expired",
      () => token({ iat: now() - 2 * 3600, exp: now() + 3600 }),
      /maximum token age/,
    ],
  ])("refuses a token %s with 401 UNAUTHENTICATED", async (_label, make, message) => {
    const response = await gateway.gql(VIEWER, {}, { token: await make() });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data ?? null).toBeNull();
  });

  it("the dev token endpoint issues tokens with iat and exp, within the maximum age", async () => {
    const response = await fetch(`${gateway.url}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO_USERS.fabrikamGlobalAdmin.email }),
    });
    const { token: issued } = (await response.json()) as { token: string };
    const claims = decodeJwt(issued);
    expect(claims.exp).toBeGreaterThan(now());
    expect(claims.iat).toBeLessThanOrEqual(now());
    expect((await gateway.gql(VIEWER, {}, { token: issued })).data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
  });
});

describe("configuration", () => {
  const production = (env: NodeJS.ProcessEnv) => () => loadConfig({ NODE_ENV: "production", ...env });

  it.each([
    ["no JWT_SECRET", {}],
    ["an empty JWT_SECRET", { JWT_SECRET: "" }],
    ["a one-byte JWT_SECRET", { JWT_SECRET: "a" }],
    ["a 31-byte JWT_SECRET", { JWT_SECRET: "x".repeat(31) }],
  ])("production refuses to start with %s", (_label, env) => {
    expect(production(env)).toThrow(/JWT_SECRET/);
  });

  it("production starts with a 32-byte secret, or with JWKS_URL and no secret", () => {
    expect(production({ JWT_SECRET: "x".repeat(32) })().auth.devTokens).toBe(false);
    expect(production({ JWKS_URL: "https://login.example/keys" })().auth.jwksUrl).toBe("https://login.example/keys");
  });

  it("reads JWT_MAX_AGE as seconds or with a unit; 24h by default, 30 days with the dev secret", () => {
    const maxAge = (env: NodeJS.ProcessEnv) => loadConfig({ NODE_ENV: "test", ...env }).auth.maxTokenAgeSeconds;
    expect(maxAge({ JWT_MAX_AGE: "900" })).toBe(900);
    expect(maxAge({ JWT_MAX_AGE: "15m" })).toBe(900);
    expect(maxAge({ JWT_MAX_AGE: "12h" })).toBe(43_200);
    expect(maxAge({ JWT_MAX_AGE: "7d" })).toBe(604_800);
    expect(maxAge({ JWT_SECRET: "y".repeat(32) })).toBe(86_400);
    expect(maxAge({})).toBe(30 * 86_400);
    for (const bad of ["0", "-5", "12 hours", "1.5h", "h"]) expect(() => maxAge({ JWT_MAX_AGE: bad })).toThrow(/duration/);
  });
});
