import { describe, expect, it } from "vitest";
import { computeEntitlements } from "../entitlements/compute-entitlements";
import type { MembershipOffer } from "../entitlements/is-offer-active";
import { OfferLevel, Role } from "../vocabulary";
import type { BenefitsActor } from "./activation-refusal";
import { assessBenefitYear, type BenefitYear } from "./benefit-year";
import { decideActivation } from "./decide-activation";
import { describeBenefits } from "./describe-benefits";

// A year activated on 2026-03-10 with Silver Data Platform (15 on-premises, cloud 5-pack) until 2028.
const ACTIVATED = "2026-03-10";
const offer = (level: OfferLevel, competency: string | null, startsOn: string, endsOn: string): MembershipOffer => ({
  level,
  competency,
  startsOn,
  endsOn,
});
const silver = offer(OfferLevel.SILVER, "Data Platform", "2026-01-01", "2028-01-01");
const year = (overrides: Partial<BenefitYear> = {}): BenefitYear => ({
  yearNumber: 1,
  contractId: "CID-1",
  startsOn: ACTIVATED,
  contracts: [
    { id: "on", kind: "ON_PREMISES", startsOn: ACTIVATED, endsOn: "2027-03-10", incidentsTotal: 15 },
    { id: "cl", kind: "CLOUD", startsOn: ACTIVATED, endsOn: "2027-03-10", incidentsTotal: 5 },
  ],
  ...overrides,
});
const assess = (offers: MembershipOffer[], asOf: string, y = year()) => assessBenefitYear(y, computeEntitlements(offers, asOf), asOf);

const admin = { mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] };
const helpdesk = { mpnAssociated: true, roles: [Role.HELPDESK_AGENT] };
const activation = { accessId: "AID-1", contractId: "CID-1", activatedAt: `${ACTIVATED}T09:00:00.000Z` };
const users = [{ id: "a", displayName: "Ann", email: "ann@x.example", mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] }];
const decide = (offers: MembershipOffer[], asOf: string, actor: BenefitsActor = admin, y = year()) =>
  decideActivation({ actor, entitlements: computeEntitlements(offers, asOf), activation, currentYear: y, organizationUsers: users, asOf });

describe("benefit year: renewal", () => {
  it("last day of the year: still running, nothing due", () => {
    expect(assess([silver], "2027-03-09")).toMatchObject({
      endsOn: "2027-03-10",
      isEnded: false,
      isRenewalDue: false,
      isUpgradeAvailable: false,
    });
    expect(decide([silver], "2027-03-09")).toMatchObject({ outcome: "ALREADY_ACTIVE", contractId: "CID-1" });
  });

  it("the day after the last day: renewal due, the next year starts on that day", () => {
    expect(assess([silver], "2027-03-10")).toMatchObject({ isEnded: true, isRenewalDue: true });
    expect(decide([silver], "2027-03-10")).toEqual({
      outcome: "RENEW",
      yearNumber: 2,
      contracts: [
        { kind: "ON_PREMISES", incidentsTotal: 15, startsOn: "2027-03-10", endsOn: "2028-01-01" },
        { kind: "CLOUD", incidentsTotal: 5, startsOn: "2027-03-10", endsOn: "2028-01-01" },
      ],
    });
  });

  it("year ended and no active offer: nothing to renew (not an error: the IDs stay readable)", () => {
    const ended = offer(OfferLevel.SILVER, "Data Platform", "2026-01-01", "2027-03-10");
    expect(assess([ended], "2027-03-10")).toMatchObject({ isEnded: true, isRenewalDue: false });
    expect(decide([ended], "2027-03-10")).toMatchObject({ outcome: "ALREADY_ACTIVE" });
  });

  it("an offer granted after the year ended makes renewal due again", () => {
    const ended = offer(OfferLevel.SILVER, "Data Platform", "2026-01-01", "2027-03-10");
    const granted = offer(OfferLevel.ACTION_PACK, null, "2027-05-01", "2028-05-01");
    expect(assess([ended, granted], "2027-05-01")).toMatchObject({ isRenewalDue: true });
  });

  it("offer ending mid-year: the year ends with it; the offer that remains renews it (Contoso's Gold then Silver)", () => {
    const gold = offer(OfferLevel.GOLD, "Cloud Platform", "2026-01-01", "2026-09-01");
    const silverLater = offer(OfferLevel.SILVER, "Data Analytics", "2026-02-01", "2027-06-01");
    const capped = year({
      contracts: [
        { id: "on", kind: "ON_PREMISES", startsOn: ACTIVATED, endsOn: "2026-09-01", incidentsTotal: 20 },
        { id: "cl", kind: "CLOUD", startsOn: ACTIVATED, endsOn: "2026-09-01", incidentsTotal: null },
      ],
    });
    expect(assess([gold, silverLater], "2026-08-31", capped)).toMatchObject({
      isEnded: false,
      isRenewalDue: false,
      isUpgradeAvailable: false,
    });
    expect(decide([gold, silverLater], "2026-09-01", admin, capped)).toEqual({
      outcome: "RENEW",
      yearNumber: 2,
      contracts: [
        { kind: "ON_PREMISES", incidentsTotal: 15, startsOn: "2026-09-01", endsOn: "2027-06-01" },
        { kind: "CLOUD", incidentsTotal: 5, startsOn: "2026-09-01", endsOn: "2027-06-01" },
      ],
    });
  });

  it("renewal is refused to a helpdesk agent as MISSING_ROLE, naming who can", () => {
    expect(decide([silver], "2027-03-10", helpdesk)).toMatchObject({
      outcome: "REFUSED",
      reason: "MISSING_ROLE",
      usersWhoCanActivate: [{ id: "a" }],
    });
  });
});

describe("benefit year: upgrades", () => {
  const goldCloudFrom = (startsOn: string) => offer(OfferLevel.GOLD, "Security", startsOn, "2028-01-01");

  it("upgrade on the day of activation: raises both contracts, same year, available from that day", () => {
    const status = assess([silver, goldCloudFrom(ACTIVATED)], ACTIVATED);
    expect(status).toMatchObject({ isUpgradeAvailable: true, upgradeAvailableOn: ACTIVATED, isRenewalDue: false });
    expect(decide([silver, goldCloudFrom(ACTIVATED)], ACTIVATED)).toEqual({
      outcome: "UPGRADE",
      yearNumber: 1,
      upgrades: [
        { kind: "ON_PREMISES", supportContractId: "on", incidentsTotal: 20, startsOn: ACTIVATED, endsOn: "2027-03-10" },
        { kind: "CLOUD", supportContractId: "cl", incidentsTotal: null, startsOn: ACTIVATED, endsOn: "2027-03-10" },
      ],
    });
  });

  it("a cloud competency granted mid-year: cloud becomes unlimited, available from the grant's start", () => {
    const security = offer(OfferLevel.SILVER, "Security", "2026-07-01", "2028-01-01");
    expect(assess([silver, security], "2026-08-15")).toMatchObject({
      isUpgradeAvailable: true,
      upgradeAvailableOn: "2026-07-01",
      upgrades: [{ kind: "CLOUD", supportContractId: "cl", incidentsTotal: null }],
    });
  });

  it("a year without cloud gets a cloud contract issued from the upgrade day to the year's end", () => {
    const actionPackYear = year({
      contracts: [{ id: "on", kind: "ON_PREMISES", startsOn: ACTIVATED, endsOn: "2027-03-10", incidentsTotal: 10 }],
    });
    expect(assess([silver], "2026-06-01", actionPackYear).upgrades).toEqual([
      { kind: "ON_PREMISES", supportContractId: "on", incidentsTotal: 15, startsOn: ACTIVATED, endsOn: "2027-03-10" },
      { kind: "CLOUD", supportContractId: null, incidentsTotal: 5, startsOn: "2026-06-01", endsOn: "2027-03-10" },
    ]);
  });

  it("a weaker or equal offer granted later is no upgrade", () => {
    expect(assess([silver, offer(OfferLevel.ACTION_PACK, null, "2026-05-01", "2028-01-01")], "2026-06-01").isUpgradeAvailable).toBe(false);
    expect(assess([silver, offer(OfferLevel.SILVER, "Data Analytics", "2026-05-01", "2028-01-01")], "2026-06-01").isUpgradeAvailable).toBe(
      false,
    );
  });

  it("an offer renewed after it capped the year extends the contracts, never past one year", () => {
    const capped = year({
      contracts: [{ id: "on", kind: "ON_PREMISES", startsOn: ACTIVATED, endsOn: "2026-10-01", incidentsTotal: 10 }],
    });
    const first = offer(OfferLevel.ACTION_PACK, null, "2025-10-01", "2026-10-01");
    const renewed = offer(OfferLevel.ACTION_PACK, null, "2026-09-01", "2027-10-01");
    expect(assess([first, renewed], "2026-09-15", capped)).toMatchObject({
      upgradeAvailableOn: "2026-09-01",
      upgrades: [{ kind: "ON_PREMISES", supportContractId: "on", incidentsTotal: 10, startsOn: ACTIVATED, endsOn: "2027-03-10" }],
    });
    // Renewed only after the capped end: the year has ended by then, so it is a renewal.
    const late = offer(OfferLevel.ACTION_PACK, null, "2026-10-01", "2027-10-01");
    expect(assess([first, late], "2026-10-01", capped)).toMatchObject({ isRenewalDue: true, isUpgradeAvailable: false });
  });

  it("a revoked or ended offer never takes back what was issued: no change proposed, the year runs on", () => {
    const raised = year({
      contracts: [
        { id: "on", kind: "ON_PREMISES", startsOn: ACTIVATED, endsOn: "2027-03-10", incidentsTotal: 20 },
        { id: "cl", kind: "CLOUD", startsOn: ACTIVATED, endsOn: "2027-03-10", incidentsTotal: null },
      ],
    });
    // Gold revoked: only Silver remains, which gives less.
    expect(assess([silver], "2026-09-01", raised)).toMatchObject({ isEnded: false, isUpgradeAvailable: false, upgrades: [] });
    expect(decide([silver], "2026-09-01", admin, raised)).toMatchObject({ outcome: "ALREADY_ACTIVE" });
    // With no offer at all: still running, nothing due.
    expect(assess([], "2026-09-01", raised)).toMatchObject({ isEnded: false, isRenewalDue: false, isUpgradeAvailable: false });
  });

  it("the benefits page says what is available and who may do it", () => {
    const offers = [silver, goldCloudFrom("2026-07-01")];
    const entitlements = computeEntitlements(offers, "2026-08-01");
    const base = { entitlements, activation, currentYear: year(), organizationUsers: users, asOf: "2026-08-01" };
    expect(describeBenefits({ ...base, actor: admin })).toMatchObject({
      state: "ACTIVE",
      contractId: "CID-1",
      isActivationAvailable: true,
      canActivate: true,
      refusal: null,
      year: { isUpgradeAvailable: true, upgradeAvailableOn: "2026-07-01" },
    });
    expect(describeBenefits({ ...base, actor: helpdesk })).toMatchObject({
      isActivationAvailable: true,
      canActivate: false,
      refusal: { reason: "MISSING_ROLE" },
      usersWhoCanActivate: [{ id: "a" }],
    });
    expect(describeBenefits({ ...base, actor: admin, entitlements: computeEntitlements([silver], "2026-08-01") })).toMatchObject({
      isActivationAvailable: false,
      canActivate: false,
      usersWhoCanActivate: [],
    });
  });
});
