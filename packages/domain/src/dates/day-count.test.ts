import { describe, expect, it } from "vitest";
import { daysBetween } from "./day-count";
import { addDays } from "./iso-date";

describe("daysBetween / addDays", () => {
  it("counts calendar days across months, leap days and years", () => {
    expect(daysBetween("2026-11-25", "2026-12-25")).toBe(30);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-12-25", "2026-11-25")).toBe(-30);
  });
  it("adds days", () => {
    expect(addDays("2026-11-25", 30)).toBe("2026-12-25");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });
  it("refuses a non-date", () => {
    expect(() => daysBetween("2026-13-45", "2026-01-01")).toThrow(RangeError);
  });
});
