import { describe, expect, it } from "vitest";
import { MAX_TPD_DESCRIPTION_LENGTH, validateTpdDescription } from "./validate-tpd-description";

describe("validateTpdDescription", () => {
  it("trims, and refuses a blank description", () => {
    expect(validateTpdDescription("  Migration workshop ")).toEqual({ ok: true, value: "Migration workshop" });
    expect(validateTpdDescription(" \n ")).toMatchObject({ ok: false, code: "FIELD_REQUIRED" });
  });
  it("counts the maximum in code points", () => {
    expect(validateTpdDescription("😀".repeat(MAX_TPD_DESCRIPTION_LENGTH)).ok).toBe(true);
    expect(validateTpdDescription("😀".repeat(MAX_TPD_DESCRIPTION_LENGTH + 1))).toMatchObject({ ok: false, code: "FIELD_TOO_LONG" });
  });
});
