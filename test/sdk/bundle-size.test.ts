import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * Bundles an app that calls one operation, as a browser app would (through the package's exports
 * and `sideEffects: false`), and checks which GraphQL documents ended up in it.
 */
const here = fileURLToPath(new URL(".", import.meta.url));

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

const documentNames = (code: string) =>
  [...new Set([...code.matchAll(/\b(query|mutation|fragment) (\w+)/g)].map((m) => `${m[1]} ${m[2]}`))].sort();

describe("tree-shaking", () => {
  it("a bundle calling viewer() carries only the Viewer document and its fragments", async () => {
    const code = await bundle(`
      import { createSupportHubCore, viewer } from "@support-hub/sdk";
      const core = createSupportHubCore({ url: "/graphql" });
      viewer(core).then((me) => console.log(me.displayName));
    `);
    const full = await bundle(`
      import { createSupportHubClient } from "@support-hub/sdk";
      createSupportHubClient({ url: "/graphql" }).viewer().then((me) => console.log(me.displayName));
    `);
    const gzip = (text: string) => gzipSync(text).length;
    console.log(
      `viewer() alone: ${gzip(code)} B gzip; with the full client: ${gzip(full)} B gzip (${documentNames(full).length} documents)`,
    );

    expect(documentNames(code)).toEqual(["fragment SupportContractFields", "fragment UserFields", "query Viewer"]);
    // Sanity: the measurement can see documents (the full client carries every one of them).
    expect(documentNames(full)).toEqual(
      expect.arrayContaining(["query Incidents", "mutation CreateSupportIncident", "fragment IncidentFields"]),
    );
    expect(code).not.toMatch(/IncidentFields|CreateSupportIncident|query Products/);
  });
});
