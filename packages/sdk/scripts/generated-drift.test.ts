import { describe, expect, it } from "vitest";
import { staleFiles } from "./generate-sdk.js";

describe("generated SDK code", () => {
  it("matches what scripts/generate-sdk.ts produces from schema/schema.graphql and the operations (run `pnpm generate:sdk`)", async () => {
    expect(await staleFiles()).toEqual([]);
  }, 60_000);
});
