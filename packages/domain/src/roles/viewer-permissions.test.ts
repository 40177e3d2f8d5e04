import { describe, expect, it } from "vitest";
import { Role } from "../vocabulary";
import { describeViewerPermissions } from "./viewer-permissions";

describe("describeViewerPermissions", () => {
  it("a Global Admin acts for its organization and may grant every role but SUPPORT_OPERATOR", () => {
    const permissions = describeViewerPermissions({ roles: [Role.GLOBAL_ADMIN], organizationId: "o1" });
    expect(permissions).toEqual({
      actsForOrganization: true,
      readsAllOrganizations: false,
      canLinkContracts: true,
      canManageCatalog: false,
      canManageRoles: true,
      assignableRoles: Object.values(Role).filter((role) => role !== Role.SUPPORT_OPERATOR),
    });
  });

  it("a User Management Admin may not grant GLOBAL_ADMIN (no escalation)", () => {
    const { assignableRoles } = describeViewerPermissions({ roles: [Role.USER_MANAGEMENT_ADMIN], organizationId: "o1" });
    expect(assignableRoles).not.toContain(Role.GLOBAL_ADMIN);
    expect(assignableRoles).not.toContain(Role.SUPPORT_OPERATOR);
    expect(assignableRoles).toContain(Role.MPN_PARTNER_ADMIN);
  });

  it("the operator manages the catalog and every role, and acts for no organization", () => {
    expect(describeViewerPermissions({ roles: [Role.SUPPORT_OPERATOR], organizationId: "ops" })).toEqual({
      actsForOrganization: false,
      readsAllOrganizations: true,
      canLinkContracts: false,
      canManageCatalog: true,
      canManageRoles: true,
      assignableRoles: Object.values(Role),
    });
  });

  it("a helpdesk agent and an account outside any organization manage nothing", () => {
    expect(describeViewerPermissions({ roles: [Role.HELPDESK_AGENT], organizationId: "o1" })).toMatchObject({
      actsForOrganization: true,
      canManageRoles: false,
      assignableRoles: [],
    });
    expect(describeViewerPermissions({ roles: [], organizationId: null })).toMatchObject({
      actsForOrganization: false,
      canLinkContracts: true,
      canManageRoles: false,
    });
  });
});
