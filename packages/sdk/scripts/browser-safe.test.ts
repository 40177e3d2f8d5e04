import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
}

describe("the SDK runs in browsers", () => {
  it("imports nothing from Node and nothing but the typed-document types at run time", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(src)) {
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)) {
        const [, typeOnly, specifier = ""] = match;
        const relative = specifier.startsWith(".");
        if (!relative && !typeOnly) offenders.push(`${file}: ${specifier}`);
      }
      if (/\brequire\(|\bprocess\.|\bBuffer\b/.test(text)) offenders.push(`${file}: Node global`);
    }
    expect(offenders).toEqual([]);
  });
});
