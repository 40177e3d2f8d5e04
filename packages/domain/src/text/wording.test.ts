import { describe, expect, it } from "vitest";
import { countOf, dayBefore, describeExclusiveEnd } from "./wording";

describe("countOf", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countOf(1, "incident")).toBe("1 incident");
    expect(countOf(0, "incident")).toBe("0 incidents");
    expect(countOf(2, "incident")).toBe("2 incidents");
    expect(countOf(1, "hour remains", "hours remain")).toBe("1 hour remains");
    expect(countOf(5, "hour remains", "hours remain")).toBe("5 hours remain");
  });
});

describe("dayBefore", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(dayBefore("2027-07-01")).toBe("2027-06-30");
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2028-03-01")).toBe("2028-02-29");
    expect(dayBefore("2027-03-01")).toBe("2027-02-28");
  });
});

describe("describeExclusiveEnd", () => {
  it("an exclusive end is 'valid through' the day before until it comes, then 'ended on' that day", () => {
    expect(describeExclusiveEnd("2027-06-30", "2027-06-28")).toBe("valid through 2027-06-29");
    expect(describeExclusiveEnd("2027-06-30", "2027-06-29")).toBe("valid through 2027-06-29");
    expect(describeExclusiveEnd("2027-06-30", "2027-06-30")).toBe("ended on 2027-06-30");
    expect(describeExclusiveEnd("2027-06-30", "2027-07-15")).toBe("ended on 2027-06-30");
  });
});
