import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen.js";

const sdkRoot = fileURLToPath(new URL("..", import.meta.url));

describe("generated SDK code", () => {
  it("matches what codegen produces from schema/schema.graphql and the operations (run `pnpm generate:sdk`)", async () => {
    const previous = process.cwd();
    process.chdir(sdkRoot);
    try {
      const outputs = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(`${sdkRoot}/${output.filename}`, "utf8").catch(() => "<missing>");
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
