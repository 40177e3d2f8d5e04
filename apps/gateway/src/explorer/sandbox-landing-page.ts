import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { ExplorerSession } from "./explorer-session";
import { GRAPHIQL_PATH } from "./graphiql-page";

/**
 * Apollo Sandbox on GET /graphql, with the example operations and dev token, plus a link to the
 * local GraphiQL that stays visible when Sandbox cannot load from Apollo's CDN (offline).
 * The token goes in both `initialState.headers` and the embed's `sharedHeaders`: the first alone
 * is reported ignored by the embedded Sandbox (apollographql/apollo-server#7919).
 */
export function sandboxLandingPage(session: ExplorerSession): ApolloServerPlugin {
  const apollo = ApolloServerPluginLandingPageLocalDefault({
    embed: {
      endpointIsEditable: false,
      initialState: { pollForSchemaUpdates: false, sharedHeaders: session.headers },
    },
    includeCookies: false,
    document: session.document,
    headers: session.headers,
  });
  return {
    async serverWillStart(context) {
      const listener = await apollo.serverWillStart?.(context);
      const render = listener?.renderLandingPage;
      if (!render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === "string" ? page.html : await page.html();
          return { html: withGraphiqlLink(html) };
        },
      };
    },
  };
}

/**
 * Adds a fixed "Open GraphiQL" link above Sandbox's full-page frame. Apollo's page sets a CSP
 * that allows only nonce'd styles, so the link's style carries the page's own nonce.
 */
export function withGraphiqlLink(html: string): string {
  const nonce = /nonce-([0-9a-f]+)/.exec(html)?.[1];
  if (!nonce || !html.includes("</body>")) return html;
  const link = `<style nonce="${nonce}">
  #graphiql-link { position: fixed; right: 12px; bottom: 12px; z-index: 10; padding: 6px 12px;
    border-radius: 16px; background: #1f2937; color: #fff; font: 14px system-ui, sans-serif;
    text-decoration: none; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
</style>
<a id="graphiql-link" href="${GRAPHIQL_PATH}" title="The same examples and token, served by this gateway (works offline)">Blank page? Open GraphiQL</a>
`;
  return html.replace("</body>", `${link}</body>`);
}
