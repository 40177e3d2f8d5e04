import { isOperator, type Role } from "@support-hub/domain";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Viewer } from "../context";
import type { Db } from "../database";
import { type Database, isAnyOfIds, preparedQuery } from "@support-hub/db";

/** The account's columns a request needs (the `Viewer` without its roles). */
const VIEWER_COLUMNS = ["id", "email", "displayName", "accountKind", "organizationId", "mpnAssociated", "cspAssociated"] as const;

/**
 * The account statement: the account, its roles (sorted) and the data versions that key the
 * response cache (read in the same snapshot as the account, before any data, so a cached answer can
 * only be older data under an older version, never the reverse): the global version for operators
 * (they read every organization), else the versions of the scopes the account can read: the
 * catalog and the epoch (moved by a TRUNCATE), which every account reads, then its organization,
 * itself and the organizations of the contracts it linked, as `scope=version` sorted by scope.
 * Prepared in two shapes that give the same rows and the same version text:
 *
 * - One account (a request alone, or many of one account): correlated subqueries for its roles and
 *   scopes. The scope lookup is a semi-join, not `scope = any(array)`: on a small table PostgreSQL
 *   scans it, and `any` rebuilt and walked the array for every row.
 * - Several accounts (concurrent requests, see `loadViewers`): the same lookups for the whole batch
 *   at once, joined on the account. Correlated, each account scanned the versions and the contracts
 *   again: at 12 accounts, 0.61 ms against 0.26 grouped (at one, 0.10 against 0.14).
 */
const oneViewerRows = preparedQuery<{ userIds: string[] }, ViewerRow, Database>((db, param) =>
  db
    .selectFrom("users")
    .select(VIEWER_COLUMNS)
    .select([
      sql<string[]>`(select coalesce(json_agg(r.role order by r.role), '[]') from user_roles r where r.user_id = users.id)`.as("roles"),
      sql<number | string>`(select version from data_version)`.as("dataVersion"),
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

const viewerBatchRows = preparedQuery<{ userIds: string[] }, ViewerRow, Database>((db, param) =>
  db
    .with("viewers", (qb) =>
      qb
        .selectFrom("users")
        .select(VIEWER_COLUMNS)
        .where(isAnyOfIds("id", param("userIds")))
        .where("deletedAt", "is", null),
    )
    // Each account's own scopes (`union` keeps one of each: a linked contract of its own organization).
    .with("viewerScopes", (qb) =>
      qb
        .selectFrom("viewers")
        .select(["viewers.id as userId", sql<string>`'user:' || viewers.id`.as("scope")])
        .union(
          qb
            .selectFrom("viewers")
            .select(["viewers.id as userId", sql<string>`'org:' || viewers.organization_id`.as("scope")])
            .where("viewers.organizationId", "is not", null),
        )
        .union(
          qb
            .selectFrom("contractLinks as l")
            .innerJoin("supportContracts as c", "c.id", "l.supportContractId")
            .select(["l.userId", sql<string>`'org:' || c.organization_id`.as("scope")])
            .where("l.userId", "in", qb.selectFrom("viewers").select("viewers.id")),
        ),
    )
    .with("ownVersions", (qb) =>
      qb
        .selectFrom("viewerScopes as s")
        .innerJoin("dataScopeVersions as v", "v.scope", "s.scope")
        .select(["s.userId", sql<string>`string_agg(v.scope || '=' || v.version, ',' order by v.scope)`.as("versions")])
        .groupBy("s.userId"),
    )
    .with("viewerRoles", (qb) =>
      qb
        .selectFrom("userRoles as r")
        .select(["r.userId", sql<string[]>`json_agg(r.role order by r.role)`.as("roles")])
        .where("r.userId", "in", qb.selectFrom("viewers").select("viewers.id"))
        .groupBy("r.userId"),
    )
    .selectFrom("viewers")
    .leftJoin("ownVersions", "ownVersions.userId", "viewers.id")
    .leftJoin("viewerRoles", "viewerRoles.userId", "viewers.id")
    .select(VIEWER_COLUMNS.map((column) => `viewers.${column}` as const))
    .select([
      sql<string[]>`coalesce(viewer_roles.roles, '[]')`.as("roles"),
      sql<number | string>`(select version from data_version)`.as("dataVersion"),
      // "catalog" and "epoch" sort before "org:" and "user:": the text of the one-account shape.
      sql<string | null>`nullif(concat_ws(',',
        (select string_agg(scope || '=' || version, ',' order by scope) from data_scope_versions where scope in ('catalog', 'epoch')),
        own_versions.versions), '')`.as("scopeVersions"),
    ]),
);

interface ViewerRow extends Omit<Viewer, "roles"> {
  roles: string[];
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
  const rows = await (ids.length === 1 ? oneViewerRows : viewerBatchRows)(db, { userIds: ids });
  for (const row of rows) {
    const { roles, dataVersion, scopeVersions, ...user } = row;
    const viewer: Viewer = { ...user, roles: roles as Role[] };
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
