// Shared by this package's tests (not part of the public API).
import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema/database";
import type { NewSupportContract } from "./schema/support-contract.table";

/** Inserts an organization with one AAD user; returns their ids. */
export async function insertOrganizationWithUser(
  db: Kysely<Database> | Transaction<Database>,
): Promise<{ organizationId: string; userId: string }> {
  const organizationId = randomUUID();
  const userId = randomUUID();
  await db
    .insertInto("organizations")
    .values({ id: organizationId, name: `Org ${organizationId.slice(0, 8)}`, cspRelationship: "NONE" })
    .execute();
  await db
    .insertInto("users")
    .values({
      id: userId,
      email: `user-${userId.slice(0, 8)}@test.example`,
      displayName: "Test User",
      accountKind: "AAD",
      organizationId,
      mpnAssociated: true,
    })
    .execute();
  return { organizationId, userId };
}

/** Inserts a contract (defaults: on-premises, 2026, `total` incidents, none used); returns its id. */
export async function insertContract(
  db: Kysely<Database> | Transaction<Database>,
  organizationId: string,
  total: number | null,
  overrides: Partial<NewSupportContract> = {},
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("supportContracts")
    .values({
      id,
      organizationId,
      kind: "ON_PREMISES",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      incidentsTotal: total,
      incidentsRemaining: total,
      ...overrides,
    })
    .execute();
  return id;
}

/** The SQLSTATE of a database error (both `pg` and PGlite expose `code`). */
export async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  throw new Error("expected the statement to fail");
}

/** SQLSTATE codes used in assertions. */
export const SQLSTATE = {
  CHECK_VIOLATION: "23514",
  UNIQUE_VIOLATION: "23505",
  FOREIGN_KEY_VIOLATION: "23503",
  NOT_NULL_VIOLATION: "23502",
  INSUFFICIENT_PRIVILEGE: "42501",
} as const;
