import type { CspCustomer, TpdEngagement, User } from "@support-hub/db";
import { type AliasedExpression, sql } from "kysely";
import { nameOrder } from "../common/name-order";
import type { Db } from "../database";
import type { CursorPosition } from "../relay/cursor";

// The lists under an organization, one page per organization in one statement: rows are ranked
// within their organization (row_number over the page order) after the cursor, and each
// organization keeps its first `first + 1` rows.

/** Live users of the organizations, by display name then id. */
export async function selectUserPages(db: Db, orgIds: readonly string[], first: number, after: CursorPosition | null): Promise<User[]> {
  const name = nameOrder("users.displayName");
  const ranked = db
    .selectFrom("users")
    .selectAll("users")
    .select(
      sql<number>`row_number() over (partition by ${sql.ref("users.organizationId")} order by ${name}, ${sql.ref("users.id")})`.as(
        "position",
      ),
    )
    .where("users.organizationId", "in", orgIds)
    .where("users.deletedAt", "is", null)
    .$if(after !== null, (qb) =>
      qb.where((eb) => {
        const { value, id } = after as CursorPosition;
        return eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb("users.id", ">", id)])]);
      }),
    );
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll("ranked")
    .where("ranked.position", "<=", first + 1)
    .orderBy("ranked.organizationId")
    .orderBy("ranked.position")
    .execute();
  return rows.map(({ position: _position, ...user }) => user);
}

/** CSP customers of the organizations, by name then id. */
export async function selectCustomerPages(
  db: Db,
  orgIds: readonly string[],
  first: number,
  after: CursorPosition | null,
): Promise<CspCustomer[]> {
  const name = nameOrder("cspCustomers.name");
  const ranked = db
    .selectFrom("cspCustomers")
    .selectAll("cspCustomers")
    .select(
      sql<number>`row_number() over (partition by ${sql.ref("cspCustomers.partnerOrganizationId")} order by ${name}, ${sql.ref("cspCustomers.id")})`.as(
        "position",
      ),
    )
    .where("cspCustomers.partnerOrganizationId", "in", orgIds)
    .$if(after !== null, (qb) =>
      qb.where((eb) => {
        const { value, id } = after as CursorPosition;
        return eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb("cspCustomers.id", ">", id)])]);
      }),
    );
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll("ranked")
    .where("ranked.position", "<=", first + 1)
    .orderBy("ranked.partnerOrganizationId")
    .orderBy("ranked.position")
    .execute();
  return rows.map(({ position: _position, ...customer }) => customer);
}

/** TPD engagements of the organizations, newest first then id. */
export async function selectTpdEngagementPages(
  db: Db,
  orgIds: readonly string[],
  first: number,
  after: CursorPosition | null,
): Promise<TpdEngagement[]> {
  const ranked = db
    .selectFrom("tpdEngagements")
    .selectAll("tpdEngagements")
    .select(
      sql<number>`row_number() over (partition by ${sql.ref("tpdEngagements.organizationId")} order by ${sql.ref("tpdEngagements.createdAt")} desc, ${sql.ref("tpdEngagements.id")})`.as(
        "position",
      ),
    )
    .where("tpdEngagements.organizationId", "in", orgIds)
    .$if(after !== null, (qb) =>
      qb.where((eb) => {
        const { id } = after as CursorPosition;
        // The cursor row's own timestamp, read from the row: exact to the microsecond, unlike a JS Date.
        const cursorAt = eb.selectFrom("tpdEngagements as cursorRow").select("cursorRow.createdAt").where("cursorRow.id", "=", id);
        return eb.or([
          eb("tpdEngagements.createdAt", "<", cursorAt),
          eb.and([eb("tpdEngagements.createdAt", "=", cursorAt), eb("tpdEngagements.id", ">", id)]),
        ]);
      }),
    );
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll("ranked")
    .where("ranked.position", "<=", first + 1)
    .orderBy("ranked.organizationId")
    .orderBy("ranked.position")
    .execute();
  return rows.map(({ position: _position, ...engagement }) => engagement);
}

/** A page of every organization, by name then id (`first + 1` rows: the extra one says a page follows). */
export function selectOrganizationPage(
  db: Db,
  first: number,
  after: CursorPosition | null,
  /** Columns fetched ahead for the organizations' children (`prefetch/organization-prefetch.ts`). */
  children: readonly AliasedExpression<unknown, string>[] = [],
) {
  const name = nameOrder("organizations.name");
  return db
    .selectFrom("organizations")
    .selectAll("organizations")
    .$if(children.length > 0, (qb) => qb.select(children))
    .$if(after !== null, (qb) =>
      qb.where((eb) => {
        const { value, id } = after as CursorPosition;
        return eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb("organizations.id", ">", id)])]);
      }),
    )
    .orderBy(name)
    .orderBy("organizations.id")
    .limit(first + 1)
    .execute();
}
