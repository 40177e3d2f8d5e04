import { describe, expect, it } from "vitest";
import { computeEntitlements } from "../entitlements/compute-entitlements";
import { OfferLevel, Role } from "../vocabulary";
import { decideActivation } from "./decide-activation";
import type { OrganizationUser } from "./users-who-can-activate";

const AS_OF = "2026-11-25";
const gold = computeEntitlements(
  [{ level: OfferLevel.GOLD, competency: "Cloud Platform", startsOn: "2026-01-01", endsOn: "2027-12-31" }],
  AS_OF,
);
const none = computeEntitlements([], AS_OF);
const users: OrganizationUser[] = [
  { id: "u3", displayName: "Zoe MPN", email: "zoe@contoso.com", mpnAssociated: true, roles: [Role.MPN_PARTNER_ADMIN] },
  { id: "u1", displayName: "Ann Global", email: "ann@contoso.com", mpnAssociated: true, roles: [Role.GLOBAL_ADMIN] },
  { id: "u2", displayName: "Bob Agent", email: "bob@contoso.com", mpnAssociated: true, roles: [Role.ADMIN_AGENT] },
  { id: "u4", displayName: "Cid CSP", email: "cid@contoso.com", mpnAssociated: false, roles: [Role.GLOBAL_ADMIN] },
];
const activators = [
  { id: "u1", displayName: "Ann Global", email: "ann@contoso.com" },
  { id: "u3", displayName: "Zoe MPN", email: "zoe@contoso.com" },
];
const existing = { accessId: "ACC-1", contractId: "CON-1", activatedAt: "2026-02-01" };
const actor = (mpnAssociated: boolean, ...roles: Role[]) => ({ mpnAssociated, roles });

describe("decideActivation", () => {
  it.each([
    ["CSP-only global admin", actor(false, Role.GLOBAL_ADMIN), gold, null, "NOT_AUTHORIZED", []],
    ["CSP-only even when already active", actor(false, Role.GLOBAL_ADMIN), gold, existing, "NOT_AUTHORIZED", []],
    ["admin agent", actor(true, Role.ADMIN_AGENT), gold, null, "MISSING_ROLE", activators],
    ["helpdesk agent", actor(true, Role.HELPDESK_AGENT), gold, null, "MISSING_ROLE", activators],
    ["no roles", actor(true), gold, null, "MISSING_ROLE", activators],
    ["global admin without offers", actor(true, Role.GLOBAL_ADMIN), none, null, "NO_ACTIVE_OFFERS", activators],
    ["admin agent without offers", actor(true, Role.ADMIN_AGENT), none, null, "NO_ACTIVE_OFFERS", activators],
  ] as const)("%s -> REFUSED %s", (_label, who, entitlements, activation, reason, named) => {
    const decision = decideActivation({ actor: who, entitlements, activation, organizationUsers: users, asOf: AS_OF });
    expect(decision).toMatchObject({ outcome: "REFUSED", reason });
    if (decision.outcome !== "REFUSED") throw new Error("unreachable");
    expect(decision.usersWhoCanActivate).toEqual(named);
    expect(decision.message.length).toBeGreaterThan(0);
  });

  it("NOT_AUTHORIZED carries the exact message", () => {
    const decision = decideActivation({
      actor: actor(false),
      entitlements: gold,
      activation: null,
      organizationUsers: users,
      asOf: AS_OF,
    });
    expect(decision).toMatchObject({ message: "You are not authorized for this action" });
  });

  it.each([Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN])("%s activates: one contract per entitled row", (role) => {
    const decision = decideActivation({
      actor: actor(true, role),
      entitlements: gold,
      activation: null,
      organizationUsers: users,
      asOf: AS_OF,
    });
    expect(decision).toEqual({
      outcome: "ACTIVATE",
      yearNumber: 1,
      contracts: [
        { kind: "ON_PREMISES", incidentsTotal: 20, startsOn: AS_OF, endsOn: "2027-11-25" },
        { kind: "CLOUD", incidentsTotal: null, startsOn: AS_OF, endsOn: "2027-11-25" },
      ],
    });
  });

  it.each([
    ["global admin", actor(true, Role.GLOBAL_ADMIN)],
    ["helpdesk agent (may read the IDs anyway)", actor(true, Role.HELPDESK_AGENT)],
  ])("activating twice is idempotent for a %s", (_label, who) => {
    expect(decideActivation({ actor: who, entitlements: gold, activation: existing, organizationUsers: users, asOf: AS_OF })).toEqual({
      outcome: "ALREADY_ACTIVE",
      accessId: "ACC-1",
      contractId: "CON-1",
      activatedAt: "2026-02-01",
    });
  });
});
