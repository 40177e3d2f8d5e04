import { describe, expect, it } from "vitest";
import { Role } from "../vocabulary";
import { canActivateBenefits, canManageUsers, isAdminAgent, isOperator } from "./role-predicates";

const ALL_ROLES = Object.values(Role);

describe("canActivateBenefits", () => {
  it.each(ALL_ROLES.map((role) => [role, role === Role.GLOBAL_ADMIN || role === Role.MPN_PARTNER_ADMIN]))(
    "program-associated %s -> %s",
    (role, expected) => {
      expect(canActivateBenefits({ mpnAssociated: true, roles: [role] })).toBe(expected);
    },
  );

  it.each([Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN])("%s without program association cannot", (role) => {
    expect(canActivateBenefits({ mpnAssociated: false, roles: [role] })).toBe(false);
  });

  it("no roles cannot", () => {
    expect(canActivateBenefits({ mpnAssociated: true, roles: [] })).toBe(false);
  });

  it("a helpdesk agent who is also MPN partner admin can", () => {
    expect(canActivateBenefits({ mpnAssociated: true, roles: [Role.HELPDESK_AGENT, Role.MPN_PARTNER_ADMIN] })).toBe(true);
  });
});

describe("canManageUsers", () => {
  it.each(ALL_ROLES.map((role) => [role, role === Role.GLOBAL_ADMIN || role === Role.USER_MANAGEMENT_ADMIN]))(
    "%s -> %s",
    (role, expected) => {
      expect(canManageUsers([role])).toBe(expected);
    },
  );
});

describe("isOperator / isAdminAgent", () => {
  it.each(ALL_ROLES.map((role) => [role, role === Role.SUPPORT_OPERATOR, role === Role.ADMIN_AGENT]))(
    "%s -> operator %s, admin agent %s",
    (role, operator, adminAgent) => {
      expect(isOperator([role])).toBe(operator);
      expect(isAdminAgent([role])).toBe(adminAgent);
    },
  );
});
