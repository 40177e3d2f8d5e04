import { describe, expect, it } from "vitest";
import type { SupportContract } from "../contracts/contract-state";
import { ContractKind } from "../vocabulary";
import { decideContractLink } from "./decide-contract-link";

const onPrem: SupportContract = {
  contractId: "on-1",
  kind: ContractKind.ON_PREMISES,
  organizationId: "org",
  startsOn: "2026-03-01",
  endsOn: "2027-03-01",
  incidentsTotal: 20,
  incidentsRemaining: 3,
};
const cloud: SupportContract = { ...onPrem, contractId: "cl-1", kind: ContractKind.CLOUD, incidentsTotal: 5, incidentsRemaining: 0 };
const unlimitedCloud: SupportContract = { ...cloud, contractId: "cl-2", incidentsTotal: null, incidentsRemaining: null };
const pair = (...contracts: SupportContract[]) => ({ accessId: "ACC", contractId: "CON", contracts });
const AS_OF = "2026-11-25";

describe("decideContractLink", () => {
  it.each([
    ["valid pair, nothing linked", pair(onPrem, unlimitedCloud), [], AS_OF, { outcome: "LINK", contractIds: ["on-1", "cl-2"] }],
    ["only the still-valid contracts are linked", pair(onPrem, cloud), [], AS_OF, { outcome: "LINK", contractIds: ["on-1"] }],
    ["1 remaining is linkable", pair({ ...onPrem, incidentsRemaining: 1 }), [], AS_OF, { outcome: "LINK", contractIds: ["on-1"] }],
    ["day before the end", pair(onPrem), [], "2027-02-28", { outcome: "LINK", contractIds: ["on-1"] }],
    [
      "a contract added since the first link is linked",
      pair(onPrem, unlimitedCloud),
      [{ contractId: "on-1", linkedAt: "2026-04-01" }],
      AS_OF,
      { outcome: "LINK", contractIds: ["cl-2"] },
    ],
    ["unknown pair", null, [], AS_OF, { outcome: "REFUSED", reason: "INVALID_PAIR" }],
    ["on the end day", pair(onPrem), [], "2027-03-01", { outcome: "REFUSED", reason: "CONTRACT_EXPIRED" }],
    ["every contract exhausted", pair(cloud), [], AS_OF, { outcome: "REFUSED", reason: "NO_INCIDENTS_REMAINING" }],
    [
      "one expired, one exhausted",
      pair({ ...onPrem, endsOn: "2026-06-01" }, cloud),
      [],
      AS_OF,
      { outcome: "REFUSED", reason: "NO_INCIDENTS_REMAINING" },
    ],
    [
      "already linked to an expired contract: expired",
      pair(onPrem),
      [{ contractId: "on-1", linkedAt: "2026-04-01" }],
      "2027-03-01",
      { outcome: "REFUSED", reason: "CONTRACT_EXPIRED" },
    ],
  ] as const)("%s", (_label, found, existingLinks, asOf, expected) => {
    expect(decideContractLink({ pair: found, existingLinks, asOf })).toMatchObject(expected);
  });

  it("INVALID_PAIR does not say which half was wrong", () => {
    const decision = decideContractLink({ pair: null, existingLinks: [], asOf: AS_OF });
    if (decision.outcome !== "REFUSED") throw new Error("expected a refusal");
    expect(decision.message).toContain("Access ID and Contract ID");
    expect(decision.message).not.toMatch(/Access ID (is|was) (wrong|invalid)|Contract ID (is|was) (wrong|invalid)/);
  });

  it("already linked is a diagnostic: since when, which contracts, state and remaining", () => {
    const decision = decideContractLink({
      pair: pair(onPrem, cloud, unlimitedCloud),
      existingLinks: [
        { contractId: "cl-2", linkedAt: "2026-05-01T10:00:00Z" },
        { contractId: "on-1", linkedAt: "2026-04-01T09:00:00Z" },
        { contractId: "other", linkedAt: "2020-01-01T00:00:00Z" },
      ],
      asOf: AS_OF,
    });
    expect(decision).toMatchObject({
      outcome: "ALREADY_LINKED",
      linkedSince: "2026-04-01T09:00:00Z",
      contracts: [
        { contractId: "on-1", kind: "ON_PREMISES", state: "ACTIVE", remaining: 3, unlimited: false, endsOn: "2027-03-01" },
        { contractId: "cl-1", kind: "CLOUD", state: "EXHAUSTED", remaining: 0, unlimited: false, endsOn: "2027-03-01" },
        { contractId: "cl-2", kind: "CLOUD", state: "ACTIVE", remaining: null, unlimited: true, endsOn: "2027-03-01" },
      ],
    });
    if (decision.outcome !== "ALREADY_LINKED") throw new Error("expected ALREADY_LINKED");
    expect(decision.message).toContain("already linked");
    expect(decision.message).toContain("since 2026-04-01;");
    expect(decision.message).not.toContain("on-1");
    expect(decision.message).toContain("nothing more is needed");
    expect(decision.message).toContain("3 incidents remaining");
    expect(decision.message).toContain("unlimited incidents");
  });
  it("the diagnostic pluralizes counts and never says 'ends' of an exclusive end date", () => {
    const one = { ...onPrem, incidentsRemaining: 1, endsOn: "2027-06-30" };
    const decision = decideContractLink({
      pair: pair(one),
      existingLinks: [{ contractId: "on-1", linkedAt: "2026-04-01T09:00:00Z" }],
      asOf: "2027-06-29",
    });
    if (decision.outcome !== "ALREADY_LINKED") throw new Error("expected ALREADY_LINKED");
    expect(decision.message).toContain("1 incident remaining");
    expect(decision.message).not.toContain("1 incidents");
    // Its last valid day is the day before the exclusive end.
    expect(decision.message).toContain("valid through 2027-06-29");
    expect(decision.message).not.toMatch(/ends 2027-06-30/);
  });
});

describe("decideContractLink: benefit years", () => {
  const ended = { ...onPrem, endsOn: "2026-11-25" };
  it("an ended year whose organization renewed: CONTRACT_SUPERSEDED, says a newer one exists without revealing it", () => {
    const decision = decideContractLink({ pair: { ...pair(ended), hasNewerContractId: true }, existingLinks: [], asOf: AS_OF });
    expect(decision).toMatchObject({ outcome: "REFUSED", reason: "CONTRACT_SUPERSEDED" });
    if (decision.outcome !== "REFUSED") throw new Error("expected a refusal");
    expect(decision.message).toContain("were valid through 2026-11-24 and have ended");
    expect(decision.message).toContain("newer Contract ID");
    expect(decision.message).not.toMatch(/CID-|CON/);
  });

  it("an ended year without a newer one stays CONTRACT_EXPIRED", () => {
    expect(decideContractLink({ pair: pair(ended), existingLinks: [], asOf: AS_OF })).toMatchObject({ reason: "CONTRACT_EXPIRED" });
  });

  it("the diagnostic names the last valid day (exclusive end) and counts in the singular", () => {
    const decision = decideContractLink({
      pair: pair({ ...onPrem, incidentsRemaining: 1 }),
      existingLinks: [{ contractId: "on-1", linkedAt: "2026-04-01T09:00:00Z" }],
      asOf: AS_OF,
    });
    if (decision.outcome !== "ALREADY_LINKED") throw new Error("expected ALREADY_LINKED");
    expect(decision.message).toContain("1 incident remaining, valid through 2027-02-28");
    expect(decision.message).not.toContain("ends 2027-03-01");
  });
});
