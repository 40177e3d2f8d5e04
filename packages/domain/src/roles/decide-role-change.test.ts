import { describe, expect, it } from "vitest";
import { Role } from "../vocabulary";
import { type DecideRoleChangeInput, decideRoleChange, RoleChange } from "./decide-role-change";

const ALL_ROLES = Object.values(Role);

function input(overrides: Partial<DecideRoleChangeInput> = {}): DecideRoleChangeInput {
  return {
    change: RoleChange.ASSIGN,
    role: Role.REPORT_VIEWER,
    actorRoles: [Role.GLOBAL_ADMIN],
    actorIsTarget: false,
    target: { hasOrganization: true, roles: [Role.HELPDESK_AGENT] },
    globalAdminCount: 1,
    ...overrides,
  };
}

describe("decideRoleChange", () => {
  it.each([
    [Role.USER_MANAGEMENT_ADMIN, Role.MPN_PARTNER_ADMIN, RoleChange.ASSIGN, [Role.USER_MANAGEMENT_ADMIN]],
    [Role.GLOBAL_ADMIN, Role.REPORT_VIEWER, RoleChange.ASSIGN, [Role.GLOBAL_ADMIN]],
    [Role.GLOBAL_ADMIN, Role.GLOBAL_ADMIN, RoleChange.REMOVE, [Role.GLOBAL_ADMIN]],
    [Role.SUPPORT_OPERATOR, Role.GLOBAL_ADMIN, RoleChange.ASSIGN, [Role.SUPPORT_OPERATOR]],
    // Even a change that would be a no-op: the answer must not depend on what the actor holds.
    [Role.GLOBAL_ADMIN, Role.GLOBAL_ADMIN, RoleChange.ASSIGN, [Role.GLOBAL_ADMIN]],
  ])("%s may not give itself or take from itself %s (%s)", (actor, role, change, held) => {
    const decision = decideRoleChange(
      input({
        actorRoles: [actor],
        actorIsTarget: true,
        role,
        change,
        target: { hasOrganization: true, roles: held },
        globalAdminCount: 2,
      }),
    );
    expect(decision).toEqual({
      outcome: "REFUSED",
      reason: "CANNOT_CHANGE_OWN_ROLES",
      message: "You cannot grant or remove your own roles; ask another administrator",
    });
  });

  it.each([[Role.GLOBAL_ADMIN], [Role.USER_MANAGEMENT_ADMIN], [Role.SUPPORT_OPERATOR]])(
    "%s may assign and remove an ordinary role",
    (actor) => {
      expect(decideRoleChange(input({ actorRoles: [actor] }))).toEqual({ outcome: "CHANGE" });
      expect(
        decideRoleChange(
          input({ actorRoles: [actor], change: RoleChange.REMOVE, target: { hasOrganization: true, roles: [Role.REPORT_VIEWER] } }),
        ),
      ).toEqual({ outcome: "CHANGE" });
    },
  );

  it.each(ALL_ROLES.filter((role) => ![Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.SUPPORT_OPERATOR].includes(role as never)))(
    "%s may not manage roles at all",
    (actor) => {
      expect(decideRoleChange(input({ actorRoles: [actor] }))).toMatchObject({
        outcome: "REFUSED",
        reason: "ROLE_NOT_ASSIGNABLE",
      });
    },
  );

  it.each([RoleChange.ASSIGN, RoleChange.REMOVE])("only the operator may %s SUPPORT_OPERATOR", (change) => {
    const target = { hasOrganization: true, roles: change === RoleChange.REMOVE ? [Role.SUPPORT_OPERATOR] : [] };
    for (const actor of [Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN]) {
      const decision = decideRoleChange(input({ change, role: Role.SUPPORT_OPERATOR, actorRoles: [actor], target }));
      expect(decision).toEqual({
        outcome: "REFUSED",
        reason: "ROLE_NOT_ASSIGNABLE",
        message: "Only the platform operator can grant or remove SUPPORT_OPERATOR",
      });
    }
    expect(decideRoleChange(input({ change, role: Role.SUPPORT_OPERATOR, actorRoles: [Role.SUPPORT_OPERATOR], target }))).toEqual({
      outcome: "CHANGE",
    });
  });

  it("a User Management Admin cannot grant or remove GLOBAL_ADMIN (no escalation); a Global Admin and the operator can", () => {
    expect(decideRoleChange(input({ role: Role.GLOBAL_ADMIN, actorRoles: [Role.USER_MANAGEMENT_ADMIN] }))).toMatchObject({
      outcome: "REFUSED",
      reason: "ROLE_NOT_ASSIGNABLE",
      message: "Only a Global Admin can grant or remove GLOBAL_ADMIN",
    });
    expect(
      decideRoleChange(
        input({
          change: RoleChange.REMOVE,
          role: Role.GLOBAL_ADMIN,
          actorRoles: [Role.USER_MANAGEMENT_ADMIN],
          target: { hasOrganization: true, roles: [Role.GLOBAL_ADMIN] },
          globalAdminCount: 3,
        }),
      ),
    ).toMatchObject({ outcome: "REFUSED", reason: "ROLE_NOT_ASSIGNABLE" });
    expect(decideRoleChange(input({ role: Role.GLOBAL_ADMIN, actorRoles: [Role.GLOBAL_ADMIN] }))).toEqual({ outcome: "CHANGE" });
    expect(decideRoleChange(input({ role: Role.GLOBAL_ADMIN, actorRoles: [Role.SUPPORT_OPERATOR] }))).toEqual({ outcome: "CHANGE" });
  });

  it("assigning a role already held is an unchanged success", () => {
    expect(decideRoleChange(input({ target: { hasOrganization: true, roles: [Role.REPORT_VIEWER] } }))).toEqual({
      outcome: "UNCHANGED",
    });
  });

  it("removing a role not held is an unchanged success, even GLOBAL_ADMIN with no admin left", () => {
    expect(decideRoleChange(input({ change: RoleChange.REMOVE }))).toEqual({ outcome: "UNCHANGED" });
    expect(decideRoleChange(input({ change: RoleChange.REMOVE, role: Role.GLOBAL_ADMIN, globalAdminCount: 0 }))).toEqual({
      outcome: "UNCHANGED",
    });
  });

  it("the last Global Admin keeps the role, whoever asks (even the operator)", () => {
    for (const actor of [Role.GLOBAL_ADMIN, Role.SUPPORT_OPERATOR]) {
      expect(
        decideRoleChange(
          input({
            change: RoleChange.REMOVE,
            role: Role.GLOBAL_ADMIN,
            actorRoles: [actor],
            target: { hasOrganization: true, roles: [Role.GLOBAL_ADMIN] },
            globalAdminCount: 1,
          }),
        ),
      ).toEqual({
        outcome: "REFUSED",
        reason: "LAST_GLOBAL_ADMIN",
        message: "The organization's last Global Admin cannot lose that role; make another user Global Admin first",
      });
    }
  });

  it("a Global Admin may be removed while another remains", () => {
    expect(
      decideRoleChange(
        input({
          change: RoleChange.REMOVE,
          role: Role.GLOBAL_ADMIN,
          target: { hasOrganization: true, roles: [Role.GLOBAL_ADMIN] },
          globalAdminCount: 2,
        }),
      ),
    ).toEqual({ outcome: "CHANGE" });
  });

  it("an account outside any organization holds no roles", () => {
    expect(decideRoleChange(input({ actorRoles: [Role.SUPPORT_OPERATOR], target: { hasOrganization: false, roles: [] } }))).toEqual({
      outcome: "REFUSED",
      reason: "ROLE_NOT_ASSIGNABLE",
      message: "A personal account outside any organization cannot hold roles",
    });
  });

  it("refusals about who may touch the role come before idempotency", () => {
    expect(
      decideRoleChange(input({ role: Role.SUPPORT_OPERATOR, target: { hasOrganization: true, roles: [Role.SUPPORT_OPERATOR] } })),
    ).toMatchObject({ outcome: "REFUSED", reason: "ROLE_NOT_ASSIGNABLE" });
  });
});
