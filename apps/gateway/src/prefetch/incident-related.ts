import {
  type CspCustomer,
  type Database,
  type Incident,
  isAnyOfIds,
  preparedQuery,
  type Product,
  type ProductVersion,
  type User,
} from "@support-hub/db";
import { canReadIncident } from "@support-hub/domain";
import type { Expression, Kysely } from "kysely";
import { jsonObjectFrom } from "kysely/helpers/postgres";
import { LRUCache } from "lru-cache";
import type { GatewayContext } from "../context";
import { FreshBatches } from "../performance/fresh-batches";
import { type NodeColumns, WHOLE_NODE } from "../incidents/incident-columns";
import { isUuid } from "../users/user.queries";
import { decodeJsonRow, TIMESTAMP_COLUMNS } from "./json-rows";

type Json = Record<string, unknown> | null;

interface IncidentWithRelated extends Incident {
  prefetchVersion?: Json;
  prefetchProduct?: Json;
  prefetchCreator?: Json;
  prefetchCustomer?: Json;
}

type Statement = (db: Kysely<Database>, params: { ids: string[] }) => Promise<IncidentWithRelated[]>;

/**
 * Prepared (see `preparedQuery`), one per shape of selection: every `node(id:)` of an incident
 * runs one, for one incident or for the incidents of the requests that share it (kept with its
 * batches, see {@link batchesFor}).
 */
export function incidentStatementFor(shape: NodeColumns): Statement {
  return preparedQuery<{ ids: string[] }, IncidentWithRelated, Database>((db, param) => {
    const byId = (
      table: "productVersions" | "users" | "cspCustomers" | "products",
      id: Expression<string | null>,
      columns: readonly string[] | null,
    ) => {
      const rows = db.selectFrom(table).where("id", "=", id);
      return jsonObjectFrom(columns === null ? rows.selectAll() : rows.select(["id", ...columns] as never));
    };
    const { columns, joined } = shape;
    return db
      .selectFrom("incidents")
      .$if(columns === null, (qb) => qb.selectAll("incidents"))
      .$if(columns !== null, (qb) => qb.select((columns ?? []).map((column) => `incidents.${column}` as const)))
      .select((eb) => [
        ...(joined.productVersion === undefined
          ? []
          : [byId("productVersions", eb.ref("incidents.productVersionId"), joined.productVersion).as("prefetchVersion")]),
        ...(shape.product
          ? [
              byId(
                "products",
                eb
                  .selectFrom("productVersions as pv")
                  .select("pv.productId")
                  .whereRef("pv.id", "=", "incidents.productVersionId")
                  .$asScalar(),
                null,
              ).as("prefetchProduct"),
            ]
          : []),
        ...(joined.createdBy === undefined
          ? []
          : [byId("users", eb.ref("incidents.createdBy"), joined.createdBy && [...joined.createdBy, "deletedAt"]).as("prefetchCreator")]),
        ...(shape.customer ? [byId("cspCustomers", eb.ref("incidents.customerId"), null).as("prefetchCustomer")] : []),
      ])
      .where(isAnyOfIds("incidents.id", param("ids")));
  });
}

/**
 * Per gateway database and shape: the requests that ask for an incident while that shape's
 * statement is out share the next one (see `FreshBatches`: never one sent before they asked).
 * Rows are shared between those requests and never changed: each request decides visibility for
 * itself and builds its own objects from them. Bounded: the shapes a client can send are many, the
 * ones in use few.
 */
const batchesByDatabase = new WeakMap<Kysely<Database>, LRUCache<string, FreshBatches<string, IncidentWithRelated>>>();

function batchesFor(db: Kysely<Database>, shape: NodeColumns): FreshBatches<string, IncidentWithRelated> {
  let byShape = batchesByDatabase.get(db);
  if (!byShape) {
    byShape = new LRUCache({ max: 100 });
    batchesByDatabase.set(db, byShape);
  }
  const key = JSON.stringify(shape);
  let batches = byShape.get(key);
  if (!batches) {
    const statement = incidentStatementFor(shape);
    batches = new FreshBatches(async (ids) => new Map((await statement(db, { ids })).map((row) => [row.id, row])));
    byShape.set(key, batches);
  }
  return batches;
}

/** An incident with the rows its selection shows beside it; see {@link findReadableIncidentWithRelated}. */
export interface IncidentWithNeighbours {
  incident: Incident;
  /** Rows of some columns only, for this incident's field resolvers (see `toPreloaded`). */
  preloaded: { productVersion?: ProductVersion; createdBy?: User };
}

/**
 * One incident the viewer may read (null otherwise: missing and foreign answer the same), with
 * the rows its selection shows beside it (its product version and product, its creator, its
 * customer) nested as JSON in the same statement, so the field resolvers answer without a
 * statement of their own. Whole rows prime the request's loaders; rows read in part (the columns
 * the selection needs, `shape`) are handed to this incident's resolvers only. Each is one row by
 * primary key: fetching them costs less than one more round trip.
 */
export async function findReadableIncidentWithRelated(
  ctx: GatewayContext,
  localId: string,
  shape: NodeColumns = WHOLE_NODE,
): Promise<IncidentWithNeighbours | null> {
  if (!isUuid(localId)) return null;
  const row = await batchesFor(ctx.sharedDb, shape).load(localId.toLowerCase());
  // The statement ran for this request too, whoever else it served.
  if (ctx.sqlStatements) ctx.sqlStatements.count += 1;
  if (!row) return null;
  const { prefetchVersion, prefetchProduct, prefetchCreator, prefetchCustomer, ...incident } = row;
  if (!canReadIncident(ctx.viewer, incident)) return null;
  const preloaded: IncidentWithNeighbours["preloaded"] = {};
  const related = <Row extends { id: string }>(
    loader: { prime(key: string, value: Row): unknown },
    json: Json | undefined,
    timestamps: readonly string[],
    whole: boolean,
  ): Row | undefined => {
    if (!json) return undefined;
    const row = decodeJsonRow<Row>(json, timestamps);
    if (whole) loader.prime(row.id, row);
    return row;
  };
  const { productVersion, createdBy } = shape.joined;
  const version = related<ProductVersion>(
    ctx.loaders.productVersion,
    prefetchVersion,
    TIMESTAMP_COLUMNS.productVersions,
    productVersion === null,
  );
  if (version && productVersion) preloaded.productVersion = version;
  const creator = related<User>(ctx.loaders.user, prefetchCreator, TIMESTAMP_COLUMNS.users, createdBy === null);
  if (creator && createdBy) preloaded.createdBy = creator;
  related<Product>(ctx.loaders.product, prefetchProduct, TIMESTAMP_COLUMNS.products, true);
  related<CspCustomer>(ctx.loaders.cspCustomer, prefetchCustomer, TIMESTAMP_COLUMNS.cspCustomers, true);
  return { incident: incident as Incident, preloaded };
}
