import { describe, expect, it } from "vitest";
import { isOfferActive } from "./is-offer-active";

const offer = { startsOn: "2026-01-01", endsOn: "2027-01-01" };

describe("isOfferActive (startsOn <= asOf < endsOn)", () => {
  it.each([
    ["the day before the start", "2025-12-31", false],
    ["the start day", "2026-01-01", true],
    ["mid-term", "2026-06-15", true],
    ["the day before the end", "2026-12-31", true],
    ["the end day", "2027-01-01", false],
    ["after the end", "2027-06-01", false],
  ])("%s (%s) -> %s", (_label, asOf, expected) => {
    expect(isOfferActive(offer, asOf)).toBe(expected);
  });

  it("an offer with an empty term is never active", () => {
    expect(isOfferActive({ startsOn: "2026-01-01", endsOn: "2026-01-01" }, "2026-01-01")).toBe(false);
  });
});
