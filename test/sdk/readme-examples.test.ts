import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startTestGateway, type TestGateway } from "@support-hub/gateway/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Every ```ts block of packages/sdk/README.md tagged `<!-- example: NAME (as USER) -->` runs, in
 * order, against a live gateway on the demo data, as that demo user. A README that drifts from the
 * SDK fails here.
 */
const readmePath = fileURLToPath(new URL("../../packages/sdk/README.md", import.meta.url));
const workDir = fileURLToPath(new URL("./.examples/", import.meta.url));

interface Example {
  name: string;
  user: string;
  code: string;
}

function extractExamples(markdown: string): Example[] {
  const pattern = /<!-- example: ([\w-]+) \(as (\w+)\) -->\s*```ts\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({ name: match[1]!, user: match[2]!, code: match[3]! }));
}

/** Puts `url` and `token` in scope after the example's imports. */
function asModule(example: Example, url: string, token: string): string {
  const lines = example.code.split("\n");
  const lastImport = lines.reduce((last, line, index) => (line.startsWith("import ") ? index : last), -1);
  const prelude = `const url = ${JSON.stringify(url)};\nconst token = ${JSON.stringify(token)};`;
  lines.splice(lastImport + 1, 0, prelude);
  return `${lines.join("\n")}\nexport {};\n`;
}

const examples = extractExamples(await readFile(readmePath, "utf8"));
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
});
afterAll(async () => {
  await gateway?.stop();
  await rm(workDir, { recursive: true, force: true });
});

describe("SDK README examples", () => {
  it("has examples for the common tasks", () => {
    expect(examples.map((example) => example.name)).toEqual(
      expect.arrayContaining(["viewer", "benefits", "activate", "link", "plans", "create", "paginate", "withdraw", "errors", "abort"]),
    );
  });

  it.each(examples.map((example) => [example.name, example] as const))("runs the %s example", async (_name, example) => {
    const token = await gateway.token(example.user as Parameters<TestGateway["token"]>[0]);
    const file = `${workDir}${example.name}.ts`;
    await writeFile(file, asModule(example, gateway.graphqlUrl, token));
    const log = vi.spyOn(console, "log").mockImplementation(process.env.SHOW_EXAMPLE_OUTPUT ? (...args) => process.stdout.write(`${args.join(" ")}\n`) : () => {});
    try {
      await import(file);
      // Each example reports what it did; an example that printed nothing did nothing.
      expect(log).toHaveBeenCalled();
      expect(JSON.stringify(log.mock.calls)).not.toMatch(/undefined/);
    } finally {
      log.mockRestore();
    }
  });
});
