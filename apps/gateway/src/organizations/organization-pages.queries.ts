import { type CspCustomer, type Database, pageLimit, type TpdEngagement, type User } from "@support-hub/db";
import {
  type AliasedExpression,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  sql,
} from "kysely";
import { nameOrder } from "../common/name-order";
import type { Db } from "../database";
import type { CursorPosition } from "../relay/cursor";

// The lists under an organization, one page per organization in one statement: rows are ranked
// within their organization (row_number over the page order) after the cursor, and each
// organization keeps its first `first + 1` rows.

/** Tables listed per organization. */
type PagedTable = "users" | "cspCustomers" | "tpdEngagements";

/** How one list is paged: which rows, whose they are, in what order, and what follows a cursor. */
interface RankedPageSpec<TB extends PagedTable> {
  table: TB;
  /** The column naming the organization a row belongs to: each organization gets its own page. */
  organizationColumn: keyof Database[TB] & string;
  /** The page order, before the `id` that breaks ties. */
  order: RawBuilder<unknown>;
  /** The rows after the cursor's row, in the page order. */
  after(eb: ExpressionBuilder<Database, TB>, after: CursorPosition): Expression<SqlBool>;
  /** Rows that are never listed (deleted users), if any. */
  exclude?(eb: ExpressionBuilder<Database, TB>): Expression<SqlBool>;
}

/** The first `first + 1` rows after the cursor of each organization, grouped by organization in page order. */
async function selectRankedPages<TB extends PagedTable>(
  db: Db,
  spec: RankedPageSpec<TB>,
  orgIds: readonly string[],
  first: number,
  after: CursorPosition | null,
): Promise<Selectable<Database[TB]>[]> {
  const organization = sql.ref(`${spec.table}.${spec.organizationColumn}`);
  const id = sql.ref(`${spec.table}.id`);
  // Kysely's builder types cannot follow a table name that is a type parameter; the callbacks and
  // the result are typed by the spec at each call site, the statement is built on an untyped view.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const untyped = db as unknown as Kysely<any>;
  const typed = (eb: unknown) => eb as ExpressionBuilder<Database, TB>;
  const { exclude } = spec;
  const table: string = spec.table;
  const ranked = untyped
    .selectFrom(table)
    .selectAll(table)
    .select(sql<number>`row_number() over (partition by ${organization} order by ${spec.order}, ${id})`.as("position"))
    .where(organization, "in", orgIds)
    .$if(exclude !== undefined, (qb) => qb.where((eb) => (exclude as NonNullable<typeof exclude>)(typed(eb))))
    .$if(after !== null, (qb) => qb.where((eb) => spec.after(typed(eb), after as CursorPosition)));
  const rows = await untyped
    .selectFrom(ranked.as("ranked"))
    .selectAll("ranked")
    .where("ranked.position", "<=", first + 1)
    .orderBy(`ranked.${spec.organizationColumn}`)
    .orderBy("ranked.position")
    .execute();
  return rows.map(({ position: _position, ...row }) => row) as never;
}

/** Rows after the cursor in (name, id) order. */
function afterName<TB extends "users" | "cspCustomers" | "organizations">(name: RawBuilder<string>, idColumn: `${TB}.id`) {
  return (eb: ExpressionBuilder<Database, TB>, { value, id }: CursorPosition) =>
    eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb(sql.ref<string>(idColumn), ">", id)])]);
}

const USER_NAME = nameOrder("users.displayName");
const CUSTOMER_NAME = nameOrder("cspCustomers.name");

/** Live users of the organizations, by display name then id. */
export function selectUserPages(db: Db, orgIds: readonly string[], first: number, after: CursorPosition | null): Promise<User[]> {
  return selectRankedPages(
    db,
    {
      table: "users",
      organizationColumn: "organizationId",
      order: USER_NAME,
      after: afterName<"users">(USER_NAME, "users.id"),
      exclude: (eb) => eb("users.deletedAt", "is", null),
    },
    orgIds,
    first,
    after,
  );
}

/** CSP customers of the organizations, by name then id. */
export function selectCustomerPages(
  db: Db,
  orgIds: readonly string[],
  first: number,
  after: CursorPosition | null,
): Promise<CspCustomer[]> {
  return selectRankedPages(
    db,
    {
      table: "cspCustomers",
      organizationColumn: "partnerOrganizationId",
      order: CUSTOMER_NAME,
      after: afterName<"cspCustomers">(CUSTOMER_NAME, "cspCustomers.id"),
    },
    orgIds,
    first,
    after,
  );
}

/** TPD engagements of the organizations, newest first then id. */
export function selectTpdEngagementPages(
  db: Db,
  orgIds: readonly string[],
  first: number,
  after: CursorPosition | null,
): Promise<TpdEngagement[]> {
  return selectRankedPages(
    db,
    {
      table: "tpdEngagements",
      organizationColumn: "organizationId",
      order: sql`${sql.ref("tpdEngagements.createdAt")} desc`,
      after: (eb, { id }) => {
        // The cursor row's own timestamp, read from the row: exact to the microsecond, unlike a JS Date.
        const cursorAt = eb.selectFrom("tpdEngagements as cursorRow").select("cursorRow.createdAt").where("cursorRow.id", "=", id);
        return eb.or([
          eb("tpdEngagements.createdAt", "<", cursorAt),
          eb.and([eb("tpdEngagements.createdAt", "=", cursorAt), eb("tpdEngagements.id", ">", id)]),
        ]);
      },
    },
    orgIds,
    first,
    after,
  );
}

const ORGANIZATION_NAME = nameOrder("organizations.name");

/** The statement of a page of every organization, by name then id (`first + 1` rows: the extra one says a page follows). */
export function selectOrganizationPage(
  db: Db,
  first: number,
  after: CursorPosition | null,
  /** Columns fetched ahead for the organizations' children (`prefetch/organization-prefetch.ts`). */
  children: readonly AliasedExpression<unknown, string>[] = [],
) {
  return db
    .selectFrom("organizations")
    .selectAll("organizations")
    .$if(children.length > 0, (qb) => qb.select(children))
    .$if(after !== null, (qb) =>
      qb.where((eb) => afterName<"organizations">(ORGANIZATION_NAME, "organizations.id")(eb, after as CursorPosition)),
    )
    .orderBy(ORGANIZATION_NAME)
    .orderBy("organizations.id")
    .limit(pageLimit(first));
}
