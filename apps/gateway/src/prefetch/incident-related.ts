import {
  type CspCustomer,
  type Database,
  type Incident,
  preparedQuery,
  type Product,
  type ProductVersion,
  type User,
} from "@support-hub/db";
import { canReadIncident } from "@support-hub/domain";
import type { Expression } from "kysely";
import { jsonObjectFrom } from "kysely/helpers/postgres";
import type { GatewayContext } from "../context";
import { isUuid } from "../users/user.queries";
import { decodeJsonRow, TIMESTAMP_COLUMNS } from "./json-rows";

type Json = Record<string, unknown> | null;

/** Prepared (see `preparedQuery`): an incident page, and every `node(id:)` of an incident, runs it. */
const incidentWithRelated = preparedQuery<{ id: string }, IncidentWithRelated, Database>((db, param) => {
  const byId = (table: "productVersions" | "users" | "cspCustomers" | "products", id: Expression<string | null>) =>
    jsonObjectFrom(db.selectFrom(table).selectAll().where("id", "=", id));
  return db
    .selectFrom("incidents")
    .selectAll("incidents")
    .select((eb) => [
      byId("productVersions", eb.ref("incidents.productVersionId")).as("prefetchVersion"),
      byId(
        "products",
        eb.selectFrom("productVersions as pv").select("pv.productId").whereRef("pv.id", "=", "incidents.productVersionId").$asScalar(),
      ).as("prefetchProduct"),
      byId("users", eb.ref("incidents.createdBy")).as("prefetchCreator"),
      byId("cspCustomers", eb.ref("incidents.customerId")).as("prefetchCustomer"),
    ])
    .where("incidents.id", "=", param("id"));
});

interface IncidentWithRelated extends Incident {
  prefetchVersion: Json;
  prefetchProduct: Json;
  prefetchCreator: Json;
  prefetchCustomer: Json;
}

/**
 * One incident the viewer may read (null otherwise: missing and foreign answer the same), with
 * the rows an incident page shows beside it (its product version and product, its creator, its
 * customer) nested as JSON in the same statement: they prime the request's loaders, so the field
 * resolvers answer without a statement of their own. Each is one row by primary key: fetching
 * them unasked costs less than one more round trip.
 */
export async function findReadableIncidentWithRelated(ctx: GatewayContext, localId: string): Promise<Incident | null> {
  if (!isUuid(localId)) return null;
  const [row] = await incidentWithRelated(ctx.db, { id: localId });
  if (!row) return null;
  const { prefetchVersion, prefetchProduct, prefetchCreator, prefetchCustomer, ...incident } = row;
  if (!canReadIncident(ctx.viewer, incident)) return null;
  const prime = <Row extends { id: string }>(
    loader: { prime(key: string, value: Row): unknown },
    json: Json,
    timestamps: readonly string[],
  ) => {
    if (json) {
      const related = decodeJsonRow<Row>(json, timestamps);
      loader.prime(related.id, related);
    }
  };
  prime<ProductVersion>(ctx.loaders.productVersion, prefetchVersion, TIMESTAMP_COLUMNS.productVersions);
  prime<Product>(ctx.loaders.product, prefetchProduct, TIMESTAMP_COLUMNS.products);
  prime<User>(ctx.loaders.user, prefetchCreator, TIMESTAMP_COLUMNS.users);
  prime<CspCustomer>(ctx.loaders.cspCustomer, prefetchCustomer, TIMESTAMP_COLUMNS.cspCustomers);
  return incident;
}
