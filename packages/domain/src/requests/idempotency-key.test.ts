import { describe, expect, it } from "vitest";
import { MAX_IDEMPOTENCY_KEY_LENGTH, validateIdempotencyKey } from "./idempotency-key";

describe("validateIdempotencyKey", () => {
  it("no key means no idempotency", () => {
    expect(validateIdempotencyKey(null)).toEqual({ ok: true, key: null });
    expect(validateIdempotencyKey(undefined)).toEqual({ ok: true, key: null });
  });

  it("trims a key", () => {
    expect(validateIdempotencyKey("  retry-1 ")).toEqual({ ok: true, key: "retry-1" });
  });

  it("refuses a blank key with INVALID_INPUT", () => {
    for (const blank of ["", "   ", "\t\n"]) expect(validateIdempotencyKey(blank)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });

  it("counts the maximum in code points: 200 emoji pass, 201 are FIELD_TOO_LONG", () => {
    expect(validateIdempotencyKey("😀".repeat(MAX_IDEMPOTENCY_KEY_LENGTH))).toMatchObject({ ok: true });
    expect(validateIdempotencyKey("😀".repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1))).toMatchObject({ ok: false, code: "FIELD_TOO_LONG" });
    expect(validateIdempotencyKey("k".repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1))).toMatchObject({ ok: false, code: "FIELD_TOO_LONG" });
  });
});
