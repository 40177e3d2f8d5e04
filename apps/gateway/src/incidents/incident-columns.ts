import type { Incident as IncidentRow } from "@support-hub/db";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { descend } from "../common/selection";

export type IncidentColumn = keyof IncidentRow & string;

/**
 * The links every `SupportIncident` carries whatever is selected: its field resolvers (organization,
 * product version, creator, contract, customer, timeline, viewerCanStartWork) start from them.
 */
const LINK_COLUMNS: readonly IncidentColumn[] = [
  "id",
  "organizationId",
  "createdBy",
  "productVersionId",
  "customerId",
  "supportContractId",
];

/**
 * The columns each field of `SupportIncident` reads (see `toSupportIncident`), beyond the links.
 * A field missing here (a new one) makes its page read every column: never a missing value.
 */
const FIELD_COLUMNS: Readonly<Record<string, readonly IncidentColumn[]>> = {
  __typename: [],
  id: [],
  organization: [],
  productVersion: [],
  createdBy: [],
  supportContract: [],
  customer: [],
  timeline: [],
  number: ["number"],
  sequenceNumber: ["number"],
  title: ["title"],
  description: ["description"],
  severity: ["severity"],
  status: ["status"],
  viewerCanStartWork: ["status"],
  planKind: ["planKind"],
  wasConsumed: ["consumed"],
  isRefunded: ["refunded"],
  contact: ["contactName", "contactEmail", "contactPhone"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
  resolvedAt: ["resolvedAt"],
  withdrawnAt: ["withdrawnAt"],
};

/** Where a connection of incidents holds them. */
const NODE_PATHS = [["edges", "node"], ["nodes"]] as const;

/**
 * The `incidents` columns a page needs for what its connection field selects (`edges.node` and
 * `nodes`), in a stable order; null for every column (a field this table does not know).
 * Read whole, the 51 rows of a dashboard's page were half of PostgreSQL's time for the dashboard
 * (the JSON of each one's description, contact and timestamps), all of it decoded by the gateway.
 */
export function incidentColumnsFor(connection: ResolveTree): readonly IncidentColumn[] | null {
  const wanted = new Set<IncidentColumn>(LINK_COLUMNS);
  for (const path of NODE_PATHS) {
    for (const node of descend(connection, path)) {
      for (const fields of Object.values(node.fieldsByTypeName)) {
        for (const field of Object.values(fields)) {
          const columns = FIELD_COLUMNS[field.name];
          if (!columns) return null;
          for (const column of columns) wanted.add(column);
        }
      }
    }
  }
  return [...wanted].sort();
}

/**
 * Per place in a request's document (graphql-js collects `fieldNodes` afresh for each execution,
 * and hands the same array to every parent at one place): `Organization.incidents` under a page of
 * organizations parsed the same selection once per organization.
 */
const columnsByPlace = new WeakMap<readonly FieldNode[], readonly IncidentColumn[] | null>();

/** {@link incidentColumnsFor} of the connection field being resolved. */
export function incidentColumnsOf(info: GraphQLResolveInfo): readonly IncidentColumn[] | null {
  let columns = columnsByPlace.get(info.fieldNodes);
  if (columns === undefined) {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    columns = tree ? incidentColumnsFor(tree) : null;
    columnsByPlace.set(info.fieldNodes, columns);
  }
  return columns;
}
