import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type OfferLevel, OfferLevel as Level } from "../vocabulary";
import { type Allowance, compareAllowance } from "./allowance";
import { computeEntitlements, DEFAULT_ENTITLEMENT_POLICY, offerBenefits } from "./compute-entitlements";
import type { MembershipOffer } from "./is-offer-active";

const AS_OF = "2026-11-25";
const offer = (level: OfferLevel, competency: string | null = null, endsOn = "2027-06-30", startsOn = "2026-01-01") => ({
  level,
  competency,
  startsOn,
  endsOn,
});
const LIMITED = (count: number): Allowance => ({ kind: "LIMITED", count });
const NONE: Allowance = { kind: "NONE" };
const UNLIMITED: Allowance = { kind: "UNLIMITED" };

describe("offerBenefits: the entitlement table", () => {
  it.each<[OfferLevel, string | null, number, Allowance, number]>([
    [Level.ACTION_PACK, null, 10, NONE, 5],
    [Level.ACTION_PACK, "Cloud Platform", 10, NONE, 5],
    [Level.SILVER, "Data Platform", 15, LIMITED(5), 20],
    [Level.SILVER, null, 15, LIMITED(5), 20],
    [Level.SILVER, "Security", 15, UNLIMITED, 20],
    [Level.GOLD, "Data Analytics", 20, LIMITED(10), 50],
    [Level.GOLD, "Cloud Platform", 20, UNLIMITED, 50],
    [Level.GOLD, "enterprise mobility management", 20, UNLIMITED, 50],
  ])("%s %j -> %i on-prem, %j cloud, %i TPD", (level, competency, onPrem, cloud, tpd) => {
    expect(offerBenefits({ level, competency })).toEqual({
      onPremisesIncidents: onPrem,
      cloudIncidents: cloud,
      tpdHours: tpd,
    });
  });
});

describe("computeEntitlements", () => {
  it.each([
    ["no offers", [], 0, NONE, 0, []],
    ["Action Pack", [offer(Level.ACTION_PACK)], 10, NONE, 5, []],
    ["Silver non-cloud", [offer(Level.SILVER, "Data Platform")], 15, LIMITED(5), 20, []],
    ["Gold non-cloud", [offer(Level.GOLD, "Data Analytics")], 20, LIMITED(10), 50, []],
    ["Silver cloud", [offer(Level.SILVER, "Cloud Productivity")], 15, UNLIMITED, 20, ["Cloud Productivity"]],
    [
      "Contoso: Gold Cloud Platform + Silver Data Analytics",
      [offer(Level.GOLD, "Cloud Platform"), offer(Level.SILVER, "Data Analytics")],
      20,
      UNLIMITED,
      50,
      ["Cloud Platform"],
    ],
    [
      "best of rows: Silver cloud + Gold non-cloud",
      [offer(Level.SILVER, "Security"), offer(Level.GOLD, "Data Platform")],
      20,
      UNLIMITED,
      50,
      ["Security"],
    ],
    [
      "Silver non-cloud + Action Pack: 5-pack kept",
      [offer(Level.ACTION_PACK), offer(Level.SILVER, "Data Platform")],
      15,
      LIMITED(5),
      20,
      [],
    ],
    [
      "two Silver non-cloud do not add up",
      [offer(Level.SILVER, "Data Platform"), offer(Level.SILVER, "Data Analytics")],
      15,
      LIMITED(5),
      20,
      [],
    ],
    ["expired Gold is ignored", [offer(Level.GOLD, "Cloud Platform", AS_OF), offer(Level.ACTION_PACK)], 10, NONE, 5, []],
    [
      "competencies listed once, in table order",
      [offer(Level.GOLD, "security"), offer(Level.SILVER, "Cloud Platform"), offer(Level.SILVER, "Security")],
      20,
      UNLIMITED,
      50,
      ["Security", "Cloud Platform"],
    ],
  ] as const)("%s", (_label, offers, onPrem, cloud, tpd, competencies) => {
    const result = computeEntitlements(offers, AS_OF);
    expect(result.onPremisesIncidents).toBe(onPrem);
    expect(result.cloudIncidents).toEqual(cloud);
    expect(result.tpdHours).toBe(tpd);
    expect(result.cloudCompetencies).toEqual(competencies);
  });

  it.each([
    ["the day before the end", "2026-12-31", 1],
    ["the end day", "2027-01-01", 0],
    ["the start day", "2026-01-01", 1],
    ["the day before the start", "2025-12-31", 0],
  ])("offer [2026-01-01, 2027-01-01) on %s -> %i active", (_label, asOf, count) => {
    const result = computeEntitlements([offer(Level.GOLD, "Security", "2027-01-01")], asOf);
    expect(result.activeOffers).toHaveLength(count);
    expect(result.onPremisesIncidents).toBe(count === 1 ? 20 : 0);
  });

  it("keeps the caller's offer records (ids and all) in activeOffers", () => {
    const withId = { id: "offer-1", ...offer(Level.SILVER) };
    expect(computeEntitlements([withId], AS_OF).activeOffers[0]?.id).toBe("offer-1");
  });

  it("takes TPD hours from the policy", () => {
    const policy = { tpdHours: { ...DEFAULT_ENTITLEMENT_POLICY.tpdHours, SILVER: 30 } };
    expect(computeEntitlements([offer(Level.SILVER)], AS_OF, policy).tpdHours).toBe(30);
    expect(computeEntitlements([offer(Level.GOLD)], AS_OF, policy).tpdHours).toBe(50);
  });
});

describe("computeEntitlements properties", () => {
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const anOffer: fc.Arbitrary<MembershipOffer> = fc.record({
    level: fc.constantFrom(Level.ACTION_PACK, Level.SILVER, Level.GOLD),
    competency: fc.constantFrom(null, "Cloud Platform", "Security", "Data Platform", "Data Analytics"),
    startsOn: day,
    endsOn: day,
  });

  it("adding an offer never lowers any row", () => {
    fc.assert(
      fc.property(fc.array(anOffer, { maxLength: 5 }), anOffer, day, (offers, extra, asOf) => {
        const before = computeEntitlements(offers, asOf);
        const after = computeEntitlements([...offers, extra], asOf);
        expect(after.onPremisesIncidents).toBeGreaterThanOrEqual(before.onPremisesIncidents);
        expect(after.tpdHours).toBeGreaterThanOrEqual(before.tpdHours);
        expect(compareAllowance(after.cloudIncidents, before.cloudIncidents)).toBeGreaterThanOrEqual(0);
        expect(after.cloudCompetencies).toEqual(expect.arrayContaining(before.cloudCompetencies));
      }),
    );
  });

  it("the result does not depend on offer order and equals the best single active offer per row", () => {
    fc.assert(
      fc.property(fc.array(anOffer, { maxLength: 6 }), day, (offers, asOf) => {
        const forward = computeEntitlements(offers, asOf);
        const backward = computeEntitlements([...offers].reverse(), asOf);
        expect({ ...backward, activeOffers: [] }).toEqual({ ...forward, activeOffers: [] });
        const singles = forward.activeOffers.map((o) => computeEntitlements([o], asOf));
        expect(forward.onPremisesIncidents).toBe(Math.max(0, ...singles.map((s) => s.onPremisesIncidents)));
        expect(forward.tpdHours).toBe(Math.max(0, ...singles.map((s) => s.tpdHours)));
      }),
    );
  });
});
