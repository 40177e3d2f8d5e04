import { describe, expect, it } from "vitest";
import { computeEntitlements } from "../entitlements/compute-entitlements";
import { OfferLevel, Role } from "../vocabulary";
import { describeBenefits } from "./describe-benefits";

const AS_OF = "2026-11-25";
const silver = computeEntitlements(
  [{ level: OfferLevel.SILVER, competency: "Data Platform", startsOn: "2026-01-01", endsOn: "2027-01-01" }],
  AS_OF,
);
const none = computeEntitlements([], AS_OF);
const activation = { accessId: "ACC-9", contractId: "CON-9", activatedAt: "2026-03-01" };
const admin = { id: "a", displayName: "Admin", email: "a@x.com", mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] };

describe("describeBenefits", () => {
  it.each([
    ["CSP-only user", { mpnAssociated: false, roles: [Role.GLOBAL_ADMIN] }, silver, activation, "NOT_AUTHORIZED"],
    ["program user without offers", { mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] }, none, null, "NO_BENEFITS"],
    ["offers, not activated", { mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] }, silver, null, "NOT_ACTIVATED"],
    ["activated, helpdesk agent", { mpnAssociated: true, roles: [Role.HELPDESK_AGENT] }, silver, activation, "ACTIVE"],
    ["activated, offers since ended", { mpnAssociated: true, roles: [] }, none, activation, "ACTIVE"],
  ] as const)("%s -> %s", (_label, actor, entitlements, current, state) => {
    expect(describeBenefits({ actor, entitlements, activation: current, organizationUsers: [admin] }).state).toBe(state);
  });

  it("NOT_AUTHORIZED says exactly the source's message", () => {
    expect(
      describeBenefits({ actor: { mpnAssociated: false, roles: [] }, entitlements: silver, activation: null, organizationUsers: [] }),
    ).toEqual({
      state: "NOT_AUTHORIZED",
      code: "NOT_AUTHORIZED",
      message: "You are not authorized for this action",
    });
  });

  it("NO_BENEFITS is the empty state message", () => {
    expect(
      describeBenefits({ actor: { mpnAssociated: true, roles: [] }, entitlements: none, activation: null, organizationUsers: [] }),
    ).toEqual({
      state: "NO_BENEFITS",
      message: "Looks like you don't have any benefits yet",
    });
  });

  it.each([
    [[Role.GLOBAL_ADMIN], true, null],
    [[Role.MPN_PARTNER_ADMIN], true, null],
    [[Role.ADMIN_AGENT], false, "MISSING_ROLE"],
    [[Role.BILLING_ADMIN], false, "MISSING_ROLE"],
  ] as const)("NOT_ACTIVATED for %j: canActivate %s, refusal %s, names who can", (roles, canActivate, refusal) => {
    const page = describeBenefits({
      actor: { mpnAssociated: true, roles },
      entitlements: silver,
      activation: null,
      organizationUsers: [admin],
    });
    expect(page).toMatchObject({ state: "NOT_ACTIVATED", canActivate, usersWhoCanActivate: [{ id: "a" }] });
    if (page.state !== "NOT_ACTIVATED") throw new Error("unreachable");
    expect(page.refusal?.reason ?? null).toBe(refusal);
  });

  it("ACTIVE exposes both IDs", () => {
    expect(
      describeBenefits({
        actor: { mpnAssociated: true, roles: [Role.REPORT_VIEWER] },
        entitlements: silver,
        activation,
        organizationUsers: [],
      }),
    ).toMatchObject({ state: "ACTIVE", accessId: "ACC-9", contractId: "CON-9" });
  });
});
