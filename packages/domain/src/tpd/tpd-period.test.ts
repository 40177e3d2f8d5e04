import { describe, expect, it } from "vitest";
import { tpdPeriod } from "./tpd-period";

describe("tpdPeriod (calendar year)", () => {
  it.each([
    ["2026-01-01", { year: 2026, startsOn: "2026-01-01", endsOn: "2027-01-01" }],
    ["2026-11-25", { year: 2026, startsOn: "2026-01-01", endsOn: "2027-01-01" }],
    ["2026-12-31", { year: 2026, startsOn: "2026-01-01", endsOn: "2027-01-01" }],
    ["2027-01-01", { year: 2027, startsOn: "2027-01-01", endsOn: "2028-01-01" }],
  ])("%s -> %j", (asOf, expected) => {
    expect(tpdPeriod(asOf)).toEqual(expected);
  });

  it("rejects a malformed date", () => {
    expect(() => tpdPeriod("soon")).toThrow(RangeError);
  });
});
