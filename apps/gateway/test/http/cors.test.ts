import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { launchChromium } from "../support/chromium";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

/** A plain page server on its own loopback port: a different origin from the gateway. */
async function startPageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>client</title><p>client</p>");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

let gateway: TestGateway;
let allowedPage: Awaited<ReturnType<typeof startPageServer>>;
let otherPage: Awaited<ReturnType<typeof startPageServer>>;
let browser: Browser;

beforeAll(async () => {
  [allowedPage, otherPage, browser] = await Promise.all([startPageServer(), startPageServer(), launchChromium()]);
  gateway = await startTestGateway({ env: { CORS_ORIGINS: `${allowedPage.origin},https://console.example` } });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await allowedPage?.close();
  await otherPage?.close();
});

describe("CORS_ORIGINS configuration", () => {
  it("defaults to the console's dev origins in development and to none in production", () => {
    expect(loadConfig({ NODE_ENV: "development" }).corsOrigins).toEqual(["http://127.0.0.1:5173", "http://localhost:5173"]);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(40) }).corsOrigins).toEqual([]);
    expect(
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(40), CORS_ORIGINS: "https://a.example, https://b.example:8443" })
        .corsOrigins,
    ).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(loadConfig({ CORS_ORIGINS: "" }).corsOrigins).toEqual([]);
  });

  it("refuses a wildcard, a path or a bare host", () => {
    for (const bad of ["*", "https://a.example/", "https://a.example/app", "a.example", "ftp://a.example"]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });
});

describe("CORS headers", () => {
  const preflight = (origin: string, headers = "authorization,content-type,idempotency-key") =>
    fetch(gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": headers },
    });

  it("answers an allowed origin's preflight with the methods and headers a client needs", async () => {
    const response = await preflight("https://console.example");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://console.example");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(",");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key", "x-request-id"]));
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/origin/i);
  });

  it("gives another origin no CORS headers, on the preflight and on the request", async () => {
    const refused = await preflight("https://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("access-control-allow-headers")).toBeNull();
    const post = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets an allowed origin read the answer and its request id", async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { origin: "https://console.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://console.example");
    expect(response.headers.get("access-control-expose-headers")?.toLowerCase()).toContain("x-request-id");
  });

  it("sends no CORS headers at all when CORS_ORIGINS is empty", async () => {
    const closed = await startTestGateway({ env: { CORS_ORIGINS: "" } });
    try {
      const response = await fetch(closed.graphqlUrl, {
        method: "OPTIONS",
        headers: { origin: "http://127.0.0.1:5173", "access-control-request-method": "POST" },
      });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await closed.stop();
    }
  });
});

describe("a real cross-origin page in Chromium", { timeout: 120_000 }, () => {
  /** Runs fetch() in a page served by `origin`: a bearer-token GraphQL call to the gateway. */
  async function fetchFrom(origin: string) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(origin);
      const token = await gateway.token("fabrikamGlobalAdmin");
      return await page.evaluate(
        async ({ url, token }) => {
          try {
            const response = await fetch(url, {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": "k-1" },
              body: JSON.stringify({ query: "{ viewer { email } }" }),
            });
            return { ok: true, status: response.status, body: await response.json(), requestId: response.headers.get("x-request-id") };
          } catch (error) {
            return { ok: false, error: String(error) };
          }
        },
        { url: gateway.graphqlUrl, token },
      );
    } finally {
      await context.close();
    }
  }

  it("an allowed origin calls the gateway with an Authorization header (preflighted) and reads the answer", async () => {
    const result = await fetchFrom(allowedPage.origin);
    expect(result).toMatchObject({ ok: true, status: 200, body: { data: { viewer: { email: "frank.admin@fabrikam.example" } } } });
    expect(result.requestId).toBeTruthy();
  });

  it("another origin is blocked by the browser", async () => {
    const result = await fetchFrom(otherPage.origin);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Failed to fetch/) });
  });
});
