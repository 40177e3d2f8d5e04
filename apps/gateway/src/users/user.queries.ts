import { isOperator, type Role } from "@support-hub/domain";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Viewer } from "../context";
import type { Db } from "../database";
import { type Database, isAnyOfIds, preparedQuery } from "@support-hub/db";

/**
 * One statement per request (or per batch of concurrent requests: see `loadViewers`): the account,
 * its roles (a json array, sorted by role) and the data versions that key the response cache (read
 * in the same snapshot as the account, before any data, so a cached answer can only be older data
 * under an older version, never the reverse): the global version for operators (they read every
 * organization), else the versions of the scopes the account can read: its organization, itself,
 * the organizations of the contracts it linked, the catalog, and the epoch (moved by a TRUNCATE).
 * Prepared: every request runs it, with one account or several.
 */
const viewerRows = preparedQuery<{ userIds: string[] }, ViewerRow, Database>((db, param) =>
  db
    .selectFrom("users")
    .select((eb) => [
      "id",
      "email",
      "displayName",
      "accountKind",
      "organizationId",
      "mpnAssociated",
      "cspAssociated",
      jsonArrayFrom(
        eb.selectFrom("userRoles").select("userRoles.role").whereRef("userRoles.userId", "=", "users.id").orderBy("userRoles.role"),
      ).as("roles"),
      eb.selectFrom("dataVersion").select("dataVersion.version").as("dataVersion"),
      // A semi-join, not `scope = any(array)`: on a small table PostgreSQL scans it, and `any`
      // rebuilt and walked the array for every row (a third of this statement's time).
      sql<string | null>`(
        select string_agg(v.scope || '=' || v.version, ',' order by v.scope)
        from data_scope_versions v
        where v.scope in (select unnest(
          array['epoch', 'catalog', 'user:' || users.id, 'org:' || users.organization_id]
          || array(select 'org:' || c.organization_id from contract_links l
                   join support_contracts c on c.id = l.support_contract_id where l.user_id = users.id))))`.as("scopeVersions"),
    ])
    .where(isAnyOfIds("id", param("userIds")))
    .where("deletedAt", "is", null),
);

interface ViewerRow extends Omit<Viewer, "roles"> {
  roles: { role: string }[];
  dataVersion: number | string | null;
  scopeVersions: string | null;
}

/** Loads a live (not deleted) account with its roles, or null. */
export async function loadViewer(db: Db, userId: string): Promise<LoadedViewer | null> {
  return (await loadViewers(db, [userId])).get(userId.toLowerCase()) ?? null;
}

/** A signed-in account as a request sees it, and the data versions that key its cached answers. */
export interface LoadedViewer {
  viewer: Viewer;
  dataVersion: string;
}

/**
 * Loads live accounts by id in one statement, keyed by their id as PostgreSQL writes a uuid (lower
 * case); ids that are not uuids, or not live, are absent.
 */
export async function loadViewers(db: Db, userIds: readonly string[]): Promise<Map<string, LoadedViewer>> {
  const loaded = new Map<string, LoadedViewer>();
  const ids = userIds.filter(isUuid);
  if (ids.length === 0) return loaded;
  for (const row of await viewerRows(db, { userIds: ids })) {
    const { roles, dataVersion, scopeVersions, ...user } = row;
    const viewer: Viewer = { ...user, roles: roles.map((entry) => entry.role as Role) };
    loaded.set(viewer.id, { viewer, dataVersion: isOperator(viewer.roles) ? `all=${dataVersion}` : (scopeVersions ?? "") });
  }
  return loaded;
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

/** A live account as the dev sign-in screen lists it. */
export interface SignInAccount {
  email: string;
  displayName: string;
  organization: string | null;
  roles: Role[];
}

/** Dev sign-in helper: every live account with its organization's name and roles, by e-mail. */
export async function listSignInAccounts(db: Db): Promise<SignInAccount[]> {
  const rows = await db
    .selectFrom("users")
    .leftJoin("organizations", "organizations.id", "users.organizationId")
    .select((eb) => [
      "users.email",
      "users.displayName",
      "organizations.name as organization",
      jsonArrayFrom(
        eb.selectFrom("userRoles").select("userRoles.role").whereRef("userRoles.userId", "=", "users.id").orderBy("userRoles.role"),
      ).as("roles"),
    ])
    .where("users.deletedAt", "is", null)
    .orderBy("users.email")
    .execute();
  return rows.map(({ roles, ...account }) => ({ ...account, roles: roles.map((entry) => entry.role as Role) }));
}
