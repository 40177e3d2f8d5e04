import type { Role } from "@support-hub/domain";
import type { Viewer } from "../context";
import type { Db } from "../database";

/** Loads a live (not deleted) account with its roles, or null. */
export async function loadViewer(db: Db, userId: string): Promise<Viewer | null> {
  if (!isUuid(userId)) return null;
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "displayName", "accountKind", "organizationId", "mpnAssociated", "cspAssociated"])
    .where("id", "=", userId)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  if (!user) return null;
  const roles = await db.selectFrom("userRoles").select("role").where("userId", "=", userId).orderBy("role").execute();
  return { ...user, roles: roles.map((row) => row.role as Role) };
}

/** Dev sign-in helper: the id of a live account by e-mail. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  if (email.length === 0 || email.length > 320) return undefined;
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return row?.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Postgres rejects a malformed uuid with an error; we answer "not found" instead. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
