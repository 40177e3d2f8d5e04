import { describe, expect, it } from "vitest";
import { AlertKind, type AlertsInput, organizationAlerts } from "./organization-alerts";
import { renewalFromBenefitYear } from "./renewal-availability";

const AS_OF = "2026-11-25";
const ADMINS = [{ id: "u-admin", displayName: "Alice Admin", email: "alice@contoso.example" }];
const NONE = { available: false, since: null };

function input(overrides: Partial<AlertsInput>): AlertsInput {
  return { asOf: AS_OF, contracts: [], offers: [], renewal: NONE, outsideLinks: [], admins: ADMINS, ...overrides };
}
const contract = (endsOn: string, total: number | null = null, remaining: number | null = null) => ({
  contractId: `c-${endsOn}-${remaining}`,
  kind: "ON_PREMISES" as const,
  startsOn: "2026-01-01",
  endsOn,
  incidentsTotal: total,
  incidentsRemaining: remaining,
});
const offer = (endsOn: string, overrides: Partial<AlertsInput["offers"][number]> = {}) => ({
  offerId: `o-${endsOn}`,
  level: "GOLD" as const,
  competency: "Cloud Platform",
  startsOn: "2026-01-01",
  endsOn,
  revoked: false,
  ...overrides,
});
const kinds = (data: AlertsInput) => organizationAlerts(data).map((alert) => alert.kind);

describe("CONTRACT_ENDING", () => {
  it("alerts when the end (exclusive) is exactly 30 days away, not 31", () => {
    const [alert] = organizationAlerts(input({ contracts: [contract("2026-12-25")] }));
    expect(alert).toMatchObject({
      kind: AlertKind.CONTRACT_ENDING,
      supportContractId: "c-2026-12-25-null",
      occursOn: "2026-12-25",
      daysFromAsOf: 30,
      message: "The on-premises support contract ends in 30 days (on 2026-12-25)",
      actors: ADMINS,
    });
    expect(alert?.actionHint).toMatch(/activate the next benefit year/);
    expect(kinds(input({ contracts: [contract("2026-12-26")] }))).toEqual([]);
  });
  it("alerts on the last day (tomorrow) but not on or after the end day (expired)", () => {
    expect(organizationAlerts(input({ contracts: [contract("2026-11-26")] }))[0]?.message).toMatch(/ends tomorrow/);
    expect(kinds(input({ contracts: [contract(AS_OF)] }))).toEqual([]);
  });
  it("a contract that has not started does not alert", () => {
    expect(kinds(input({ contracts: [{ ...contract("2026-12-01"), startsOn: "2026-11-26" }] }))).toEqual([]);
  });
});

describe("CONTRACT_LOW_INCIDENTS", () => {
  it("alerts at exactly 20% left, not at 21% or more", () => {
    expect(kinds(input({ contracts: [contract("2027-06-25", 10, 2)] }))).toEqual([AlertKind.CONTRACT_LOW_INCIDENTS]);
    expect(kinds(input({ contracts: [contract("2027-06-25", 15, 3)] }))).toEqual([AlertKind.CONTRACT_LOW_INCIDENTS]);
    expect(kinds(input({ contracts: [contract("2027-06-25", 5, 1)] }))).toEqual([AlertKind.CONTRACT_LOW_INCIDENTS]);
    expect(kinds(input({ contracts: [contract("2027-06-25", 100, 21)] }))).toEqual([]);
    expect(kinds(input({ contracts: [contract("2027-06-25", 15, 4)] }))).toEqual([]);
  });
  it("says when none are left; unlimited and expired contracts never alert", () => {
    expect(organizationAlerts(input({ contracts: [contract("2027-06-25", 10, 0)] }))[0]?.message).toBe(
      "The on-premises support contract has no incidents left out of 10",
    );
    expect(kinds(input({ contracts: [contract("2027-06-25")] }))).toEqual([]);
    expect(kinds(input({ contracts: [contract(AS_OF, 10, 0)] }))).toEqual([]);
  });
  it("a contract both ending soon and low gives both alerts", () => {
    expect(kinds(input({ contracts: [contract("2026-12-01", 5, 1)] }))).toEqual([
      AlertKind.CONTRACT_ENDING,
      AlertKind.CONTRACT_LOW_INCIDENTS,
    ]);
  });
});

describe("OFFER_ENDING", () => {
  it("alerts for an active offer ending in exactly 30 days, not 31", () => {
    const [alert] = organizationAlerts(input({ offers: [offer("2026-12-25")] }));
    expect(alert).toMatchObject({
      kind: AlertKind.OFFER_ENDING,
      membershipOfferId: "o-2026-12-25",
      message: "The GOLD Cloud Platform membership offer ends in 30 days (on 2026-12-25)",
    });
    expect(kinds(input({ offers: [offer("2026-12-26")] }))).toEqual([]);
  });
  it("ignores revoked, ended and future offers", () => {
    expect(kinds(input({ offers: [offer("2026-12-01", { revoked: true })] }))).toEqual([]);
    expect(kinds(input({ offers: [offer(AS_OF)] }))).toEqual([]);
    expect(kinds(input({ offers: [offer("2026-12-20", { startsOn: "2026-11-26" })] }))).toEqual([]);
  });
});

describe("RENEWAL_AVAILABLE", () => {
  it("alerts from the renewal state it is given", () => {
    const [alert] = organizationAlerts(input({ renewal: { available: true, since: "2026-11-01" } }));
    expect(alert).toMatchObject({ kind: AlertKind.RENEWAL_AVAILABLE, occursOn: "2026-11-01", daysFromAsOf: -24 });
    expect(alert?.actionHint).toMatch(/Activate the technical benefits again/);
  });
  it("takes renewal and upgrade from the benefit-years rule", () => {
    const year = { yearNumber: 1, contractId: "CID-1", startsOn: "2025-11-01", endsOn: "2026-11-01", isEnded: true, upgrades: [] };
    const due = { ...year, isRenewalDue: true, isUpgradeAvailable: false, upgradeAvailableOn: null };
    expect(renewalFromBenefitYear(due)).toEqual({ available: true, since: "2026-11-01" });
    const upgrade = {
      ...year,
      endsOn: "2027-11-01",
      isEnded: false,
      isRenewalDue: false,
      isUpgradeAvailable: true,
      upgradeAvailableOn: "2026-11-20",
    };
    expect(renewalFromBenefitYear(upgrade)).toEqual({ available: true, since: "2026-11-20" });
    expect(renewalFromBenefitYear({ ...upgrade, isUpgradeAvailable: false, upgradeAvailableOn: null })).toEqual({
      available: false,
      since: null,
    });
    expect(renewalFromBenefitYear(null)).toEqual({ available: false, since: null });
  });
});

describe("OUTSIDE_ACCOUNT_LINKED", () => {
  const link = (userId: string, linkedOn: string, contractId = "c1") => ({ userId, displayName: "Someone Outside", contractId, linkedOn });
  it("alerts for a link exactly 30 days old, not 31, and once per account", () => {
    const alerts = organizationAlerts(
      input({ outsideLinks: [link("u1", "2026-10-26", "c2"), link("u1", "2026-10-27", "c1"), link("u2", "2026-10-25")] }),
    );
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: AlertKind.OUTSIDE_ACCOUNT_LINKED,
        userId: "u1",
        supportContractId: "c2",
        occursOn: "2026-10-26",
        daysFromAsOf: -30,
        message: "Someone Outside, an account outside the organization, linked its support contracts on 2026-10-26",
      }),
    ]);
    expect(alerts[0]?.actionHint).toMatch(/unlink it and rotate the Access ID/);
  });
});

it("orders alerts by date, then kind", () => {
  const alerts = organizationAlerts(
    input({
      contracts: [contract("2026-12-20", 10, 1)],
      offers: [offer("2026-12-01")],
      outsideLinks: [{ userId: "u1", displayName: "X", contractId: "c1", linkedOn: AS_OF }],
    }),
  );
  expect(alerts.map((alert) => [alert.kind, alert.daysFromAsOf])).toEqual([
    [AlertKind.OUTSIDE_ACCOUNT_LINKED, 0],
    [AlertKind.OFFER_ENDING, 6],
    [AlertKind.CONTRACT_ENDING, 25],
    [AlertKind.CONTRACT_LOW_INCIDENTS, 25],
  ]);
});
