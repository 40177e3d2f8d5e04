import { describe, expect, it } from "vitest";
import { contractState, isContractValid } from "./contract-state";

const term = { startsOn: "2026-01-01", endsOn: "2027-01-01" };

describe("contractState", () => {
  it.each([
    ["day before start", "2025-12-31", 5, "NOT_STARTED"],
    ["start day", "2026-01-01", 5, "ACTIVE"],
    ["day before end", "2026-12-31", 5, "ACTIVE"],
    ["end day", "2027-01-01", 5, "EXPIRED"],
    ["1 remaining", "2026-06-01", 1, "ACTIVE"],
    ["0 remaining", "2026-06-01", 0, "EXHAUSTED"],
    ["unlimited", "2026-06-01", null, "ACTIVE"],
    ["unlimited on end day", "2027-01-01", null, "EXPIRED"],
    ["expired and exhausted: expired wins", "2027-01-01", 0, "EXPIRED"],
  ] as const)("%s -> %s", (_label, asOf, incidentsRemaining, state) => {
    const contract = { ...term, incidentsRemaining };
    expect(contractState(contract, asOf)).toBe(state);
    expect(isContractValid(contract, asOf)).toBe(state === "ACTIVE");
  });
});
