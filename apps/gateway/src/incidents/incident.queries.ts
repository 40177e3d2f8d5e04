import {
  type Database,
  type Executor,
  type Incident as IncidentRow,
  pageLimit,
  type ProductVersion as ProductVersionRow,
  type User as UserRow,
} from "@support-hub/db";
import { type AliasableExpression, type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { canReadIncident, codePointLength, INCIDENT_FIELD_LIMITS, Severity } from "@support-hub/domain";
import { isOperator } from "../common/tenant";
import type { GatewayContext, Viewer } from "../context";
import { badInput } from "../errors";
import { toPage } from "../relay/connection";
import { decodeCursor, pageSize } from "../relay/cursor";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { DerivedOnce } from "../performance/derived-once";
import type { TupleTypes } from "../prefetch/json-rows";
import { sharedRows } from "../performance/shared-statements";
import { isUuid } from "../users/user.queries";
import { OrderDirection, type SupportIncidentFilter, type SupportIncidentOrder, SupportIncidentOrderField } from "./incident.inputs";
import { type IncidentColumn, type JoinedColumns, type ProductVersionColumn, type UserColumn, WHOLE_JOINED_ROWS } from "./incident-columns";
import { toPreloaded, toSupportIncident } from "./incident.mapper";
import type { SupportIncidentConnection } from "./incident.type";

/** Loads an incident the viewer may read, or null (missing and foreign answer the same). */
export async function findReadableIncident(db: Executor, viewer: Viewer | null, localId: string, forUpdate = false) {
  if (!isUuid(localId)) return null;
  let query = db.selectFrom("incidents").selectAll().where("id", "=", localId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && canReadIncident(viewer, row) ? row : null;
}

/** Loads the incident with this number if the viewer may read it, or null (missing and foreign answer the same). */
export async function findReadableIncidentByNumber(db: Executor, viewer: Viewer, number: number) {
  if (!Number.isSafeInteger(number)) return null;
  const row = await db.selectFrom("incidents").selectAll().where("number", "=", number).executeTakeFirst();
  return row && canReadIncident(viewer, row) ? row : null;
}

type IncidentEb = ExpressionBuilder<Database, "incidents">;

/**
 * The domain's `canReadIncident` as a SQL filter, for lists (test/incident-visibility.test.ts
 * proves both agree on every kind of reader).
 */
export function visibleTo(viewer: Viewer, organizationId?: string) {
  return (eb: IncidentEb): Expression<SqlBool> => {
    // Within the viewer's own organization every incident is visible: no condition, so PostgreSQL
    // walks the organization's index in page order instead of sorting every row the "or" matches.
    if (isOperator(viewer) || (organizationId !== undefined && organizationId === viewer.organizationId)) return sql<boolean>`true`;
    const own = eb("incidents.createdBy", "=", viewer.id);
    return viewer.organizationId ? eb.or([own, eb("incidents.organizationId", "=", viewer.organizationId)]) : own;
  };
}

interface SortSpec {
  column: "incidents.createdAt" | "incidents.updatedAt" | "incidents.number" | "incidents.severity";
  /** A timestamp sort's column: a page of JSON tuples takes its cursor from the column's JSON text. */
  timestampColumn?: "createdAt" | "updatedAt";
  /** SQL type of the cursor value. */
  type: "timestamptz" | "bigint" | "text";
  /** The cursor value as selected (exact: timestamps keep their microseconds). */
  cursorValue: (eb: IncidentEb) => AliasableExpression<string | number>;
  valid: (value: string | number) => boolean;
}

// Timestamps go into cursors as UTC text with microseconds: a JS Date would drop them and
// make keyset pagination skip or repeat rows created within the same millisecond.
const utcText = (column: "created_at" | "updated_at") => () =>
  sql<string>`to_char(${sql.ref(`incidents.${column}`)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const SEVERITIES = new Set<string>(Object.values(Severity));

const SORTS: Record<SupportIncidentOrderField, SortSpec> = {
  CREATED_AT: {
    column: "incidents.createdAt",
    timestampColumn: "createdAt",
    type: "timestamptz",
    cursorValue: utcText("created_at"),
    valid: (value) => typeof value === "string" && TIMESTAMP.test(value),
  },
  UPDATED_AT: {
    column: "incidents.updatedAt",
    timestampColumn: "updatedAt",
    type: "timestamptz",
    cursorValue: utcText("updated_at"),
    valid: (value) => typeof value === "string" && TIMESTAMP.test(value),
  },
  NUMBER: {
    column: "incidents.number",
    type: "bigint",
    cursorValue: (eb) => eb.ref("incidents.number"),
    valid: (value) => typeof value === "number" && Number.isSafeInteger(value),
  },
  SEVERITY: {
    column: "incidents.severity",
    type: "text",
    cursorValue: (eb) => eb.ref("incidents.severity"),
    valid: (value) => typeof value === "string" && SEVERITIES.has(value),
  },
};

const DEFAULT_ORDER: SupportIncidentOrder = {
  field: SupportIncidentOrderField.CREATED_AT,
  direction: OrderDirection.DESC,
};

/** Local ids of the filter's global IDs; null when one cannot match anything (not a uuid). */
function decodeFilter(filter: SupportIncidentFilter | null | undefined) {
  const decode = (value: string | null | undefined, type: NodeType, field: string) =>
    value ? expectGlobalId(value, type, `filter.${field}`) : null;
  const ids = {
    productId: decode(filter?.productId, NodeType.Product, "productId"),
    productVersionId: decode(filter?.productVersionId, NodeType.ProductVersion, "productVersionId"),
    customerId: decode(filter?.customerId, NodeType.CspCustomer, "customerId"),
    createdById: decode(filter?.createdById, NodeType.User, "createdById"),
    organizationId: decode(filter?.organizationId, NodeType.Organization, "organizationId"),
  };
  const supportContractId = decode(filter?.supportContractId, NodeType.SupportContract, "supportContractId");
  const matchesNothing = [...Object.values(ids), supportContractId].some((id) => id !== null && !isUuid(id));
  return {
    ...ids,
    supportContractId,
    status: filter?.status?.length ? filter.status : null,
    severity: filter?.severity?.length ? filter.severity : null,
    planKind: filter?.planKind?.length ? filter.planKind : null,
    createdAfter: filter?.createdAfter ?? null,
    createdBefore: filter?.createdBefore ?? null,
    text: searchText(filter?.query),
    matchesNothing,
  };
}

/** `SR-1001`, `sr-1001` or `1001` in a text query: also match that incident number. */
const NUMBER_QUERY = /^(?:SR-?)?(\d{1,15})$/i;

/**
 * The text query as an ILIKE pattern (with `\\`, `%` and `_` escaped: the user's characters
 * match themselves) plus the incident number it names, if any; null when blank.
 */
function searchText(query: string | null | undefined): { pattern: string; number: number | null } | null {
  const text = (query ?? "").trim();
  if (text === "") return null;
  if (codePointLength(text) > INCIDENT_FIELD_LIMITS.searchQuery) {
    throw badInput(`\`filter.query\` has at most ${INCIDENT_FIELD_LIMITS.searchQuery} characters`, "filter.query");
  }
  const digits = NUMBER_QUERY.exec(text)?.[1];
  return { pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, number: digits ? Number(digits) : null };
}

export interface ListIncidentsArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  filter: SupportIncidentFilter | null | undefined;
  orderBy: SupportIncidentOrder | null | undefined;
  /** Restrict to one organization (for `Organization.incidents`). */
  organizationId?: string;
  /** The `incidents` columns the selection needs (`pageColumnsOf`); every column when absent or null. */
  columns?: readonly IncidentColumn[] | null;
  /** What is read of the joined product version and creator (`pageColumnsOf`); whole rows when absent. */
  joined?: JoinedColumns;
}

/**
 * A page of the incidents the viewer may read, matching the filter: keyset pagination on
 * (sort value, id), so pages stay stable while incidents are added. `totalCount` runs its own
 * count query, only when selected. A page prefetched with its organization (see
 * `prefetch/organization-prefetch.ts`) is taken from the request's store instead of a statement.
 */
export async function listIncidents(ctx: GatewayContext, viewer: Viewer, args: ListIncidentsArgs): Promise<SupportIncidentConnection> {
  const plan = planIncidentPage(ctx, viewer, args);
  const prefetched = args.organizationId ? ctx.loaders.prefetchedPages.get(plan.keyOf(args.organizationId)) : undefined;
  const query = prefetched ? null : plan.query();
  const rows =
    (prefetched as readonly JoinedIncidentRow[] | undefined) ??
    (query ? ((await sharedRows(ctx, query)) as readonly JoinedIncidentRow[]) : []);
  return toIncidentConnection(ctx, plan, rows);
}

/**
 * What a page asks for, validated: the statement (null when the filter matches nothing), the key
 * under which a prefetched page is stored, and what shaping the connection needs.
 */
export function planIncidentPage(ctx: GatewayContext, viewer: Viewer, args: ListIncidentsArgs, organizationColumn?: Expression<string>) {
  const size = pageSize(args.first, ctx.limits.maxPageSize);
  const order = args.orderBy ?? DEFAULT_ORDER;
  const sort = SORTS[order.field];
  const position = args.after ? decodeCursor(args.after) : null;
  if (position && (!sort.valid(position.value) || !isUuid(position.id))) {
    throw badInput("`after` is not a cursor of this connection with this order", "after");
  }
  const filter = decodeFilter(args.filter);
  const empty = filter.matchesNothing;
  const columns = args.columns ?? null;
  const joined = args.joined ?? WHOLE_JOINED_ROWS;
  /** Where a page of this organization, with these arguments and columns, is kept when prefetched. */
  const keyOf = (organizationId: string | null) =>
    JSON.stringify(["incidents", organizationId, size, order.field, order.direction, position, filter, columns, joined]);

  const base = () => {
    let query = ctx.db
      .selectFrom("incidents")
      .where(visibleTo(viewer, organizationColumn ? undefined : (args.organizationId ?? undefined)));
    // A prefetch correlates the page on its parent's id column.
    if (organizationColumn) query = query.where("incidents.organizationId", "=", organizationColumn);
    else if (args.organizationId) query = query.where("incidents.organizationId", "=", args.organizationId);
    if (filter.status) query = query.where("incidents.status", "in", filter.status);
    if (filter.productVersionId) query = query.where("incidents.productVersionId", "=", filter.productVersionId);
    if (filter.productId) {
      const productId = filter.productId;
      query = query.where("incidents.productVersionId", "in", (eb) =>
        eb.selectFrom("productVersions").select("productVersions.id").where("productVersions.productId", "=", productId),
      );
    }
    if (filter.customerId) query = query.where("incidents.customerId", "=", filter.customerId);
    if (filter.createdById) query = query.where("incidents.createdBy", "=", filter.createdById);
    if (filter.organizationId) query = query.where("incidents.organizationId", "=", filter.organizationId);
    if (filter.severity) query = query.where("incidents.severity", "in", filter.severity);
    if (filter.planKind) query = query.where("incidents.planKind", "in", filter.planKind);
    if (filter.supportContractId) query = query.where("incidents.supportContractId", "=", filter.supportContractId);
    if (filter.createdAfter) query = query.where("incidents.createdAt", ">=", filter.createdAfter);
    if (filter.createdBefore) query = query.where("incidents.createdAt", "<", filter.createdBefore);
    const { text } = filter;
    if (text) {
      // ILIKE on each column (not on a concatenation): the pg_trgm index of each serves it.
      query = query.where((eb) =>
        eb.or([
          eb("incidents.title", "ilike", text.pattern),
          eb("incidents.description", "ilike", text.pattern),
          ...(text.number !== null ? [eb("incidents.number", "=", text.number)] : []),
        ]),
      );
    }
    return query;
  };

  const countTotal = async () => {
    if (empty) return 0;
    const row = await base()
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };

  const direction = order.direction === OrderDirection.ASC ? "asc" : "desc";
  // The product version and the creator of each incident come in the same statement (what the
  // selection reads of them), so a page costs one statement whatever its size (no per-row or extra
  // batch query).
  const joinedColumns = [
    ...joinedSelections("pv", PRODUCT_VERSION_COLUMNS, joined.productVersion),
    ...joinedSelections("creator", USER_COLUMNS, joined.createdBy, ["deletedAt"]),
  ];
  // A page read as JSON tuples (`columnNames`) on a timestamp sort takes each cursor from the
  // timestamp's JSON text (`decodeJsonTuples`), which has every microsecond: formatting the same
  // value a second time with to_char was a sixth of PostgreSQL's time for a dashboard's page.
  const tupleColumns =
    columns === null
      ? null
      : sort.timestampColumn && !columns.includes(sort.timestampColumn)
        ? [...columns, sort.timestampColumn].sort()
        : columns;
  // Built on demand: a prefetched page's plan is also made to find its key and shape the
  // connection, and building the statement there was a third of the page's Kysely time.
  const pageQuery = (asTuples: boolean) => {
    const selected = asTuples ? tupleColumns : columns;
    const cursorInSql = !(asTuples && sort.timestampColumn);
    let query = base()
      .$if(joined.productVersion !== undefined, (qb) => qb.leftJoin("productVersions as pv", "pv.id", "incidents.productVersionId"))
      .$if(joined.createdBy !== undefined, (qb) => qb.leftJoin("users as creator", "creator.id", "incidents.createdBy"))
      .$if(selected === null, (qb) => qb.selectAll("incidents"))
      .$if(selected !== null, (qb) => qb.select((selected ?? []).map((column) => `incidents.${column}` as const)))
      .$if(cursorInSql, (qb) => qb.select((eb) => sort.cursorValue(eb).as("cursorValue")))
      .select(joinedColumns.map(({ ref, alias }) => sql.ref(ref).as(alias)));
    if (position) {
      const op = sql.raw(direction === "asc" ? ">" : "<");
      query = query.where(
        sql<boolean>`(${sql.ref(sort.column)}, ${sql.ref("incidents.id")}) ${op} (cast(${position.value} as ${sql.raw(sort.type)}), cast(${position.id} as uuid))`,
      );
    }
    return query.orderBy(sort.column, direction).orderBy("incidents.id", direction).limit(pageLimit(size));
  };
  /**
   * The page's statement, or null when the filter matches nothing. `asTuples`: its rows are read
   * as the JSON tuples of `columnNames` (a prefetched page), with no cursor column on a timestamp sort.
   */
  const query = (asTuples = false) => (empty ? null : pageQuery(asTuples && tupleColumns !== null));
  /** The names of the page's columns as JSON tuples, when the plan lists them (not for whole incident rows): see `jsonTuplesFrom`. */
  const columnNames =
    tupleColumns === null
      ? null
      : [...tupleColumns, ...(sort.timestampColumn ? [] : ["cursorValue"]), ...joinedColumns.map(({ alias }) => alias)];
  /** The column whose text gives each tuple's cursor (`decodeJsonTuples`), if not `cursorValue`. */
  const tupleCursorColumn = sort.timestampColumn ?? null;
  /** How the tuples' text values are read back (a number sort's cursor value is a number). */
  const tupleTypes = sort.type === "bigint" ? JOINED_INCIDENT_TYPES_BY_NUMBER : JOINED_INCIDENT_TYPES;
  return { keyOf, size, position, countTotal, query, joined, columnNames, tupleCursorColumn, tupleTypes };
}

export type IncidentPagePlan = ReturnType<typeof planIncidentPage>;

const PRODUCT_VERSION_COLUMNS = [
  "id",
  "productId",
  "name",
  "releasedOn",
  "mainstreamEndOn",
  "extendedEndOn",
  "createdAt",
] as const satisfies readonly ProductVersionColumn[];
const USER_COLUMNS = [
  "id",
  "email",
  "displayName",
  "accountKind",
  "organizationId",
  "mpnAssociated",
  "cspAssociated",
  "deletedAt",
  "createdAt",
] as const satisfies readonly UserColumn[];

/**
 * The joined table's columns as `<table><Column>` (`pv.name as pvName`): every one for a whole
 * row (null), else `always` and the listed ones; none when the field is not selected. Never the
 * id: it is the incident's own link column (`product_version_id`, `created_by`: not null, with a
 * foreign key, so the join always finds the row), read when the field is selected.
 */
function joinedSelections<Column extends string>(
  table: "pv" | "creator",
  every: readonly Column[],
  wanted: readonly Column[] | null | undefined,
  always: readonly Column[] = [],
): { ref: string; alias: string }[] {
  if (wanted === undefined) return [];
  const read = every.filter((column) => column !== "id" && (wanted === null || always.includes(column) || wanted.includes(column)));
  return read.map((column) => ({ ref: `${table}.${column}`, alias: `${table}${column[0]?.toUpperCase()}${column.slice(1)}` }));
}

type IncidentPage = Omit<SupportIncidentConnection, "countTotal">;

/**
 * Pages already made of rows that several requests received: the rows of one shared execution
 * (`sharedRows`, or a prefetched page decoded once, see `decodeJsonTuples`) are one array, and the
 * same array read the same way makes the same page. Nodes and edges are only read afterwards.
 */
const pagesOfRows = new DerivedOnce<readonly JoinedIncidentRow[], IncidentPage>();

/** The connection of a page's rows (`size + 1` at most: the extra one says a page follows). */
function toIncidentConnection(ctx: GatewayContext, plan: IncidentPagePlan, rows: readonly JoinedIncidentRow[]): SupportIncidentConnection {
  const { size, position, countTotal, joined: read } = plan;
  // Whole joined rows prime this request's loaders as the page is made: made per request then.
  if (read.productVersion === null || read.createdBy === null) return { ...makeIncidentPage(ctx, plan, rows), countTotal };
  const key = `${size} ${position !== null} ${JSON.stringify(read)}`;
  return { ...pagesOfRows.get(rows, key, () => makeIncidentPage(ctx, plan, rows)), countTotal };
}

function makeIncidentPage(ctx: GatewayContext, plan: IncidentPagePlan, rows: readonly JoinedIncidentRow[]): IncidentPage {
  const { size, position, joined: read } = plan;
  return toPage(rows, {
    first: size,
    after: position,
    cursorOf: ({ cursorValue, id }) => ({ value: typeof cursorValue === "string" ? cursorValue : Number(cursorValue), id }),
    toNode: (joined) => {
      const node = toSupportIncident(joined);
      node.preloaded = toPreloaded(primeRelated(ctx, joined, read));
      return node;
    },
  });
}

/** Timestamp columns of a joined page row (the JSON of a prefetched page gives them as text). */
export const JOINED_INCIDENT_TIMESTAMPS = [
  "createdAt",
  "updatedAt",
  "resolvedAt",
  "withdrawnAt",
  "pvCreatedAt",
  "creatorDeletedAt",
  "creatorCreatedAt",
] as const;

/**
 * The columns of a joined page row that are not text, by type (a prefetched page's tuples give
 * every value as text: see `jsonTuplesFrom`). `prefetch-rows.test.ts` checks them against the tables.
 */
export const JOINED_INCIDENT_TYPES: TupleTypes = {
  timestamps: JOINED_INCIDENT_TIMESTAMPS,
  numbers: ["number"],
  booleans: ["consumed", "refunded", "creatorMpnAssociated", "creatorCspAssociated"],
};
const JOINED_INCIDENT_TYPES_BY_NUMBER: TupleTypes = {
  ...JOINED_INCIDENT_TYPES,
  numbers: [...JOINED_INCIDENT_TYPES.numbers, "cursorValue"],
};

/**
 * A row of a page: the incident (only the columns the selection needs when the plan names them:
 * the `SupportIncident` made of it is read for those fields only), its cursor value, and the
 * joined product version and creator: the columns the plan's `joined` asks for, whole rows for
 * null (they prime the request's loaders).
 */
export type JoinedIncidentRow = IncidentRow & {
  cursorValue: string | number;
  pvProductId?: string | null;
  pvName?: string | null;
  pvReleasedOn?: ProductVersionRow["releasedOn"] | null;
  pvMainstreamEndOn?: ProductVersionRow["mainstreamEndOn"];
  pvExtendedEndOn?: ProductVersionRow["extendedEndOn"];
  pvCreatedAt?: Date | null;
  creatorEmail?: string | null;
  creatorDisplayName?: string | null;
  creatorAccountKind?: UserRow["accountKind"] | null;
  creatorOrganizationId?: string | null;
  creatorMpnAssociated?: boolean | null;
  creatorCspAssociated?: boolean | null;
  creatorDeletedAt?: Date | null;
  creatorCreatedAt?: Date | null;
};

/**
 * The joined product version and creator of a page row. Whole rows prime the request's loaders;
 * rows of some columns only (what the selection reads) are handed to this incident's field
 * resolvers alone, never to a loader that another field could read in full. It reads the joined
 * row in place: copying ~35 columns per row with a rest pattern showed up at 7% of a dashboard's CPU.
 */
function primeRelated(
  ctx: GatewayContext,
  joined: JoinedIncidentRow,
  read: JoinedColumns,
): { productVersion?: ProductVersionRow; createdBy?: UserRow } {
  const related: { productVersion?: ProductVersionRow; createdBy?: UserRow } = {};
  const { productVersionId: pvId, pvProductId, pvName, pvReleasedOn, pvCreatedAt } = joined;
  if (read.productVersion !== undefined && pvId != null) {
    // Partial: the columns not read are undefined, and no selected field reads them.
    const version = {
      id: pvId,
      productId: pvProductId,
      name: pvName,
      releasedOn: pvReleasedOn,
      mainstreamEndOn: joined.pvMainstreamEndOn,
      extendedEndOn: joined.pvExtendedEndOn,
      createdAt: pvCreatedAt,
    } as ProductVersionRow;
    if (read.productVersion !== null) related.productVersion = version;
    else if (pvProductId != null && pvName != null && pvReleasedOn != null && pvCreatedAt != null) {
      related.productVersion = version;
      ctx.loaders.productVersion.prime(pvId, version);
    }
  }
  const {
    createdBy: creatorId,
    creatorEmail,
    creatorDisplayName,
    creatorAccountKind,
    creatorMpnAssociated,
    creatorCspAssociated,
    creatorCreatedAt,
  } = joined;
  if (read.createdBy !== undefined && creatorId != null) {
    const creator = {
      id: creatorId,
      email: creatorEmail,
      displayName: creatorDisplayName,
      accountKind: creatorAccountKind,
      organizationId: joined.creatorOrganizationId,
      mpnAssociated: creatorMpnAssociated,
      cspAssociated: creatorCspAssociated,
      deletedAt: joined.creatorDeletedAt ?? null,
      createdAt: creatorCreatedAt,
    } as UserRow;
    if (read.createdBy !== null) related.createdBy = creator;
    else if (
      creatorEmail != null &&
      creatorDisplayName != null &&
      creatorAccountKind != null &&
      creatorMpnAssociated != null &&
      creatorCspAssociated != null &&
      creatorCreatedAt != null
    ) {
      related.createdBy = creator;
      ctx.loaders.user.prime(creatorId, creator);
    }
  }
  return related;
}
