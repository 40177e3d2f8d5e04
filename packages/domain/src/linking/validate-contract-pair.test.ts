import { describe, expect, it } from "vitest";
import { MAX_PAIR_ID_LENGTH, validateContractPair } from "./validate-contract-pair";

describe("validateContractPair", () => {
  it("normalizes case and surrounding spaces", () => {
    expect(validateContractPair({ accessId: " ab12-cd ", contractId: "x9\n" })).toEqual({
      ok: true,
      value: { accessId: "AB12-CD", contractId: "X9" },
    });
  });
  it("refuses a blank or too long ID, per field", () => {
    const result = validateContractPair({ accessId: "   ", contractId: "A".repeat(MAX_PAIR_ID_LENGTH + 1) });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: "accessId", code: "FIELD_REQUIRED" },
        { field: "contractId", code: "FIELD_TOO_LONG" },
      ],
    });
    expect(validateContractPair({ accessId: "A".repeat(MAX_PAIR_ID_LENGTH), contractId: "B" }).ok).toBe(true);
  });
});
