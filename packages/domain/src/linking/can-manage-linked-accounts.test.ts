import { describe, expect, it } from "vitest";
import { canManageLinkedAccounts, isOutsideAccount } from "./can-manage-linked-accounts";

const ORG = "org-1";
const member = (roles: string[], overrides: Partial<{ organizationId: string | null; mpnAssociated: boolean }> = {}) =>
  ({ organizationId: ORG, mpnAssociated: true, roles, ...overrides }) as Parameters<typeof canManageLinkedAccounts>[0];

describe("canManageLinkedAccounts", () => {
  it("allows the organization's program-associated Global Admins and MPN Partner Admins", () => {
    expect(canManageLinkedAccounts(member(["GLOBAL_ADMIN"]), ORG)).toBe(true);
    expect(canManageLinkedAccounts(member(["MPN_PARTNER_ADMIN"]), ORG)).toBe(true);
  });
  it("refuses other roles, CSP-only admins and admins of another organization", () => {
    expect(canManageLinkedAccounts(member(["ADMIN_AGENT", "HELPDESK_AGENT", "USER_MANAGEMENT_ADMIN"]), ORG)).toBe(false);
    expect(canManageLinkedAccounts(member(["GLOBAL_ADMIN"], { mpnAssociated: false }), ORG)).toBe(false);
    expect(canManageLinkedAccounts(member(["GLOBAL_ADMIN"], { organizationId: "org-2" }), ORG)).toBe(false);
  });
  it("allows the platform operator for any organization", () => {
    expect(canManageLinkedAccounts(member(["SUPPORT_OPERATOR"], { organizationId: null, mpnAssociated: false }), ORG)).toBe(true);
  });
});

describe("isOutsideAccount", () => {
  it("is outside when the account has no organization or another one", () => {
    expect(isOutsideAccount({ organizationId: null }, ORG)).toBe(true);
    expect(isOutsideAccount({ organizationId: "org-2" }, ORG)).toBe(true);
    expect(isOutsideAccount({ organizationId: ORG }, ORG)).toBe(false);
  });
});
