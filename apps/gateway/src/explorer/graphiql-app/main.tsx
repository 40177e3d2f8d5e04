// The browser side of the gateway's local GraphiQL (GET /graphiql). Bundled by
// scripts/build-explorer.mjs with React, GraphiQL and Monaco: nothing is loaded from a CDN.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./monaco-workers";

/** Written by the gateway into the page (see graphiql-page.ts). */
interface ExplorerConfig {
  endpoint: string;
  document: string;
  headers: Record<string, string>;
}

const configElement = document.getElementById("explorer-config");
const config = JSON.parse(configElement?.textContent ?? "{}") as ExplorerConfig;
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).href });
const headers = Object.keys(config.headers).length > 0 ? JSON.stringify(config.headers, null, 2) : "";

const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      initialQuery={config.document}
      initialHeaders={headers}
      defaultEditorToolsVisibility={headers ? "headers" : false}
    />,
  );
}
