import { describe, expect, it } from "vitest";
import {
  canonicalRequestText,
  decideIdempotentRepeat,
  IDEMPOTENCY_KEY_MIN_RETENTION_HOURS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  validateIdempotencyKey,
} from "./idempotency-key";

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

describe("canonicalRequestText and decideIdempotentRepeat", () => {
  const input = { title: "Disk full", severity: "B", contact: { name: "A", email: "a@x.example" }, customerId: null };

  it("is the same for the same input in another key order, with undefined as null", () => {
    const reordered = { customerId: undefined, contact: { email: "a@x.example", name: "A" }, severity: "B", title: "Disk full" };
    expect(canonicalRequestText("create", reordered)).toBe(canonicalRequestText("create", input));
  });

  it.each([
    ["another title", { ...input, title: "Disk fuller" }],
    ["another severity", { ...input, severity: "A" }],
    ["another contact", { ...input, contact: { name: "A", email: "b@x.example" } }],
    ["a customer", { ...input, customerId: "c1" }],
  ])("differs for %s", (_label, other) => {
    expect(canonicalRequestText("create", other)).not.toBe(canonicalRequestText("create", input));
  });

  it("differs between actions", () => {
    expect(canonicalRequestText("a", input)).not.toBe(canonicalRequestText("b", input));
  });

  it("replays the same request, refuses another, replays a row without fingerprint", () => {
    expect(decideIdempotentRepeat("f1", "f1")).toEqual({ outcome: "REPLAY" });
    expect(decideIdempotentRepeat(null, "f1")).toEqual({ outcome: "REPLAY" });
    expect(decideIdempotentRepeat("f1", "f2")).toMatchObject({ outcome: "REFUSED", code: "IDEMPOTENCY_KEY_REUSED" });
  });

  it("keeps keys at least 24 hours", () => {
    expect(IDEMPOTENCY_KEY_MIN_RETENTION_HOURS).toBeGreaterThanOrEqual(24);
  });
});
