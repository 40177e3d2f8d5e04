import { describe, expect, it } from "vitest";
import { addYears, isIsoDate, maxDate, minDate } from "./iso-date";

describe("isIsoDate", () => {
  it.each([
    ["2026-11-25", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-05", false],
    ["2026-11-25T10:00:00Z", false],
    ["", false],
  ])("%s -> %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("addYears", () => {
  it.each([
    ["2026-11-25", 1, "2027-11-25"],
    ["2026-12-31", 1, "2027-12-31"],
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2027-03-01", -1, "2026-03-01"],
  ])("%s + %i year(s) = %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it("rejects a malformed date", () => {
    expect(() => addYears("25/11/2026", 1)).toThrow(RangeError);
  });
});

describe("minDate / maxDate", () => {
  it.each([
    ["2026-01-01", "2026-12-31", "2026-01-01", "2026-12-31"],
    ["2027-01-01", "2026-12-31", "2026-12-31", "2027-01-01"],
    ["2026-05-05", "2026-05-05", "2026-05-05", "2026-05-05"],
  ])("(%s, %s) -> min %s, max %s", (a, b, min, max) => {
    expect(minDate(a, b)).toBe(min);
    expect(maxDate(a, b)).toBe(max);
  });
});
