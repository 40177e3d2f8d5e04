import { describe, expect, it } from "vitest";
import { computeEntitlements } from "../entitlements/compute-entitlements";
import { OfferLevel } from "../vocabulary";
import { planContracts } from "./plan-contracts";

const ON = "2026-03-10";
const offer = (level: OfferLevel, competency: string | null, endsOn: string) => ({
  level,
  competency,
  startsOn: "2026-01-01",
  endsOn,
});

describe("planContracts", () => {
  it.each([
    ["no active offer: nothing", [], []],
    [
      "Action Pack: on-premises only, a year long",
      [offer(OfferLevel.ACTION_PACK, null, "2028-01-01")],
      [{ kind: "ON_PREMISES", incidentsTotal: 10, startsOn: ON, endsOn: "2027-03-10" }],
    ],
    [
      "Silver non-cloud: on-premises 15 and a 5-pack",
      [offer(OfferLevel.SILVER, "Data Platform", "2028-01-01")],
      [
        { kind: "ON_PREMISES", incidentsTotal: 15, startsOn: ON, endsOn: "2027-03-10" },
        { kind: "CLOUD", incidentsTotal: 5, startsOn: ON, endsOn: "2027-03-10" },
      ],
    ],
    [
      "Gold cloud: unlimited cloud (incidentsTotal null)",
      [offer(OfferLevel.GOLD, "Cloud Platform", "2028-01-01")],
      [
        { kind: "ON_PREMISES", incidentsTotal: 20, startsOn: ON, endsOn: "2027-03-10" },
        { kind: "CLOUD", incidentsTotal: null, startsOn: ON, endsOn: "2027-03-10" },
      ],
    ],
    [
      "capped by the granting offer's end",
      [offer(OfferLevel.GOLD, "Cloud Platform", "2026-09-30")],
      [
        { kind: "ON_PREMISES", incidentsTotal: 20, startsOn: ON, endsOn: "2026-09-30" },
        { kind: "CLOUD", incidentsTotal: null, startsOn: ON, endsOn: "2026-09-30" },
      ],
    ],
    [
      "a weaker offer's longer term does not extend the row the stronger one grants",
      [offer(OfferLevel.GOLD, "Data Platform", "2026-09-30"), offer(OfferLevel.SILVER, "Security", "2028-01-01")],
      [
        { kind: "ON_PREMISES", incidentsTotal: 20, startsOn: ON, endsOn: "2026-09-30" },
        { kind: "CLOUD", incidentsTotal: null, startsOn: ON, endsOn: "2027-03-10" },
      ],
    ],
    [
      "two offers granting the same best value: the latest end wins",
      [offer(OfferLevel.GOLD, "Security", "2026-06-30"), offer(OfferLevel.GOLD, "Cloud Platform", "2026-12-31")],
      [
        { kind: "ON_PREMISES", incidentsTotal: 20, startsOn: ON, endsOn: "2026-12-31" },
        { kind: "CLOUD", incidentsTotal: null, startsOn: ON, endsOn: "2026-12-31" },
      ],
    ],
    [
      "offer ending exactly one year later: same date either way",
      [offer(OfferLevel.ACTION_PACK, null, "2027-03-10")],
      [{ kind: "ON_PREMISES", incidentsTotal: 10, startsOn: ON, endsOn: "2027-03-10" }],
    ],
  ])("%s", (_label, offers, expected) => {
    expect(planContracts(computeEntitlements(offers, ON), ON)).toEqual(expected);
  });

  it("29 February activation ends on 28 February", () => {
    const entitlements = computeEntitlements([offer(OfferLevel.ACTION_PACK, null, "2030-01-01")], "2028-02-29");
    expect(planContracts(entitlements, "2028-02-29")[0]?.endsOn).toBe("2029-02-28");
  });
});
