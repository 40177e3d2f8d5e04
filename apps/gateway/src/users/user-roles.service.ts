import { decideRoleChange, type Role, Role as Roles, RoleChange } from "@support-hub/domain";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { runMutation } from "../common/run-mutation";
import { isOperator, requireViewer } from "../common/tenant";
import { userError, type UserError } from "../common/user-error.type";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { toUser } from "./user.mapper";
import { isUuid } from "./user.queries";
import type { User } from "./user.type";

type RoleChangePayload = { user: User | null; userErrors: UserError[] };

/** The audited action names: the mutation field names, as for DENIED entries written by the auth checker. */
export const ROLE_CHANGE_ACTION: Record<RoleChange, string> = {
  [RoleChange.ASSIGN]: "assignUserRole",
  [RoleChange.REMOVE]: "removeUserRole",
};

/**
 * Grants or removes one role, all or nothing and audited. The target must be a live user of the
 * actor's organization (any organization for the operator); anything else is NOT_FOUND, exactly
 * like a missing user. The domain decides who may touch the role, idempotency and the last admin.
 */
export async function changeUserRole(
  ctx: GatewayContext,
  change: RoleChange,
  input: { userId: string; role: Role },
): Promise<RoleChangePayload> {
  const viewer = requireViewer(ctx);
  const userId = expectGlobalId(input.userId, NodeType.User, "userId");
  if (!isUuid(userId)) throw notFound("User");
  const result = await runMutation<RoleChangePayload>(ctx, { action: ROLE_CHANGE_ACTION[change], targetType: "user" }, async (trx) => {
    const target = await trx
      .selectFrom("users")
      .select(["id", "email", "displayName", "accountKind", "organizationId", "mpnAssociated", "cspAssociated"])
      .where("id", "=", userId)
      .where("deletedAt", "is", null)
      .executeTakeFirst();
    const visible =
      target !== undefined && (isOperator(viewer) || (target.organizationId !== null && target.organizationId === viewer.organizationId));
    if (!target || !visible) throw notFound("User");
    const organizationId = target.organizationId;
    let globalAdminCount = 0;
    if (organizationId) {
      // Serializes role changes per organization, so two admins removing each other concurrently
      // cannot both pass the last-admin check (PostgreSQL; PGlite is serial anyway).
      await trx.selectFrom("organizations").select("id").where("id", "=", organizationId).forUpdate().execute();
      const admins = await trx
        .selectFrom("userRoles")
        .innerJoin("users", "users.id", "userRoles.userId")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("users.organizationId", "=", organizationId)
        .where("users.deletedAt", "is", null)
        .where("userRoles.role", "=", Roles.GLOBAL_ADMIN)
        .executeTakeFirstOrThrow();
      globalAdminCount = Number(admins.count);
    }
    // Both role sets as of now (after the lock): the actor may have lost a role since this request began.
    const roleRows = await trx.selectFrom("userRoles").select(["userId", "role"]).where("userId", "in", [target.id, viewer.id]).execute();
    const rolesOf = (id: string) => roleRows.filter((row) => row.userId === id).map((row) => row.role as Role);
    const decision = decideRoleChange({
      change,
      role: input.role,
      actorRoles: rolesOf(viewer.id),
      actorIsTarget: target.id === viewer.id,
      target: { hasOrganization: organizationId !== null, roles: rolesOf(target.id) },
      globalAdminCount,
    });
    const detail = { role: input.role, change };
    if (decision.outcome === "REFUSED") {
      return {
        ok: false,
        payload: { user: null, userErrors: [userError(decision.reason, ["input", "role"], decision.message)] },
        organizationId,
        targetId: target.id,
        detail,
      };
    }
    if (decision.outcome === "CHANGE") {
      if (change === RoleChange.ASSIGN) {
        await trx
          .insertInto("userRoles")
          .values({ userId: target.id, role: input.role })
          .onConflict((oc) => oc.columns(["userId", "role"]).doNothing())
          .execute();
      } else {
        await trx.deleteFrom("userRoles").where("userId", "=", target.id).where("role", "=", input.role).execute();
      }
    }
    return {
      ok: true,
      payload: { user: toUser(target), userErrors: [] },
      organizationId,
      targetId: target.id,
      detail: { ...detail, changed: decision.outcome === "CHANGE" },
    };
  });
  // The payload's `roles` must show the change, even if this request read them before.
  ctx.loaders.rolesOfUser.clear(userId);
  return result;
}
