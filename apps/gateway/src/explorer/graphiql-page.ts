import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";
import type { ExplorerSession } from "./explorer-session";

/** Where the GraphiQL page lives; the Sandbox page links here. */
export const GRAPHIQL_PATH = "/graphiql";

/**
 * The bundle built by scripts/build-explorer.mjs. From the bundled gateway (dist/main.js) it is
 * ./explorer; from the sources (tsx, vitest) it is ../../dist/explorer.
 */
export function findExplorerAssets(): string | undefined {
  const candidates = [new URL("./explorer/", import.meta.url), new URL("../../dist/explorer/", import.meta.url)];
  return candidates.map((url) => fileURLToPath(url)).find((dir) => existsSync(`${dir}graphiql.js`));
}

/** JSON that is safe inside a <script> element: no `<`, `>` or `&` can end it early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// Everything from this origin: the page works with no internet, and a stray CDN reference
// would show up as a CSP violation in the browser test. Monaco adds inline styles at run time.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

function graphiqlHtml(session: ExplorerSession, graphqlPath: string): string {
  const config = { endpoint: graphqlPath, document: session.document, headers: session.headers };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Support Hub · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/assets/graphiql.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
    <script type="application/json" id="explorer-config">${jsonForScript(config)}</script>
    <script type="module" src="${GRAPHIQL_PATH}/assets/graphiql.js"></script>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
  </body>
</html>
`;
}

/**
 * GET /graphiql: GraphiQL served entirely by the gateway, with the same example operations and
 * dev token as the Sandbox. Without a built bundle it answers 503 and says how to build it.
 */
export function graphiqlRouter(session: ExplorerSession, options: { graphqlPath: string; assetsDir?: string | undefined }): Router {
  const router = express.Router();
  const assetsDir = options.assetsDir ?? findExplorerAssets();
  const html = graphiqlHtml(session, options.graphqlPath);
  router.get("/", (_req, res) => {
    res.setHeader("cache-control", "no-store");
    if (!assetsDir) {
      res.status(503).type("text/plain").send("GraphiQL is not built: run `pnpm --filter @support-hub/gateway build`.\n");
      return;
    }
    // The config <script> is JSON data, which CSP does not treat as script.
    res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
    res.type("html").send(html);
  });
  if (assetsDir) router.use("/assets", express.static(assetsDir, { index: false }));
  return router;
}
