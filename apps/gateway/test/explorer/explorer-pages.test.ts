import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { EXAMPLE_OPERATIONS } from "../../src/explorer/example-operations";
import { explorerSession, listensOnLoopbackOnly } from "../../src/explorer/explorer-session";
import { sandboxLandingPage } from "../../src/explorer/sandbox-landing-page";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

/** The config object Apollo's page hands to `new EmbeddedSandbox(...)`. */
function embeddedSandboxConfig(html: string): any {
  const json = /var embeddedSandboxConfig = (\{.*\});/.exec(html)?.[1];
  expect(json, "the Sandbox page inlines its embed config").toBeDefined();
  return JSON.parse(json as string);
}

/** The JSON the GraphiQL page hands to its script. */
function graphiqlConfig(html: string): any {
  const json = /<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(html)?.[1];
  expect(json, "the GraphiQL page inlines its config").toBeDefined();
  return JSON.parse(json as string);
}

async function getHtml(url: string) {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  return { response, html: await response.text() };
}

describe("Apollo Sandbox page", () => {
  it("carries the dev token in initialState.headers and in the embed's sharedHeaders (apollo-server#7919)", async () => {
    const { html } = await getHtml(gateway.graphqlUrl);
    const config = embeddedSandboxConfig(html);
    const authorization = config.initialState.headers.Authorization;
    expect(authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(config.initialState.sharedHeaders).toEqual({ Authorization: authorization });
    expect(config.initialState.document).toBe(EXAMPLE_OPERATIONS);
    // The token works: it signs in as the demo user the page says.
    const me = await gateway.gql("{ viewer { email } }", {}, { token: authorization.slice("Bearer ".length) });
    expect(me.data?.viewer.email).toBe("frank.admin@fabrikam.example");
  });

  it("links to the local GraphiQL with a style that Apollo's CSP allows", async () => {
    const { html } = await getHtml(gateway.graphqlUrl);
    expect(html).toMatch(/<a id="graphiql-link" href="\/graphiql"/);
    const nonce = /nonce-([0-9a-f]+)/.exec(html)?.[1];
    expect(html).toContain(`<style nonce="${nonce}">\n  #graphiql-link`);
  });
});

describe("GraphiQL page", () => {
  it("serves the page with the examples, the dev token and a same-origin-only CSP", async () => {
    const { response, html } = await getHtml(`${gateway.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    const config = graphiqlConfig(html);
    expect(config.endpoint).toBe("/graphql");
    expect(config.document).toBe(EXAMPLE_OPERATIONS);
    expect(config.headers.Authorization).toMatch(/^Bearer /);
    // Every script and style comes from the gateway itself.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("serves the bundled script, styles and Monaco workers", async () => {
    for (const [file, type] of [
      ["graphiql.js", /javascript/],
      ["graphiql.css", /css/],
      ["editor.worker.js", /javascript/],
      ["graphql.worker.js", /javascript/],
      ["json.worker.js", /javascript/],
    ] as const) {
      const response = await fetch(`${gateway.url}/graphiql/assets/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toMatch(type);
      const body = await response.text();
      expect(body.length, file).toBeGreaterThan(1000);
      // No CDN in the bundle: no absolute URL loads a script or a stylesheet.
      expect(body, file).not.toMatch(/cdn\.jsdelivr|unpkg\.com|esm\.sh|cdn\.apollographql/);
    }
    expect((await fetch(`${gateway.url}/graphiql/assets/nope.js`)).status).toBe(404);
  });

  it("is not served when the Sandbox is off (production)", async () => {
    const production = await startTestGateway({ env: { NODE_ENV: "production", JWT_SECRET: "x".repeat(40) } });
    try {
      expect(production.config.sandbox).toBe(false);
      expect((await fetch(`${production.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${production.url}/graphiql/assets/graphiql.js`)).status).toBe(404);
    } finally {
      await production.stop();
    }
  });
});

describe("the dev token stays off pages served beyond loopback", () => {
  it("tells loopback hosts from others", () => {
    for (const host of ["127.0.0.1", "::1", "localhost", "LOCALHOST"]) expect(listensOnLoopbackOnly(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "gateway.internal", ""]) expect(listensOnLoopbackOnly(host), host).toBe(false);
  });

  it.each(["0.0.0.0", "::", "10.1.2.3"])("HOST=%s: neither Sandbox nor GraphiQL carries a token", async (host) => {
    const config = loadConfig({ NODE_ENV: "test", HOST: host });
    expect(config.auth.devTokens).toBe(true); // the dev secret alone would allow it
    const session = await explorerSession(config, gateway.database);
    expect(session).toEqual({ document: EXAMPLE_OPERATIONS, headers: {} });

    // The page Apollo renders from that session.
    const plugin = sandboxLandingPage(session);
    const listener = await plugin.serverWillStart?.({} as never);
    const page = await listener?.renderLandingPage?.();
    const html = typeof page?.html === "function" ? await page.html() : (page?.html ?? "");
    expect(html).not.toContain("Bearer");
    const embed = embeddedSandboxConfig(html);
    expect(embed.initialState.headers).toEqual({});
    expect(embed.initialState.sharedHeaders).toEqual({});
  });

  it("the loopback gateway's pages do carry it (the check above is not vacuous)", async () => {
    const session = await explorerSession(gateway.config, gateway.database);
    expect(session.headers.Authorization).toMatch(/^Bearer /);
  });
});
