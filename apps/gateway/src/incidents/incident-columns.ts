import type { Incident as IncidentRow, ProductVersion as ProductVersionRow, User as UserRow } from "@support-hub/db";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { descend, fieldsOf, selectsOwn } from "../common/selection";

export type IncidentColumn = keyof IncidentRow & string;

/**
 * The links a `SupportIncident` read by `node(id:)` always carries: its visibility is checked on the
 * row (`canReadIncident`), and its field resolvers (organization, product version, creator,
 * contract, customer) start from them. A page's statement checks visibility itself, so a page
 * reads a link only when a field that follows it is selected.
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
 * The columns each field of `SupportIncident` reads (see `toSupportIncident` and the field
 * resolvers), beyond its id. A field missing here (a new one) makes its page read every column:
 * never a missing value. Every page row also has its id.
 */
const FIELD_COLUMNS: Readonly<Record<string, readonly IncidentColumn[]>> = {
  __typename: [],
  id: [],
  organization: ["organizationId"],
  productVersion: ["productVersionId"],
  createdBy: ["createdBy"],
  supportContract: ["supportContractId"],
  customer: ["customerId"],
  timeline: [],
  number: ["number"],
  sequenceNumber: ["number"],
  title: ["title"],
  description: ["description"],
  severity: ["severity"],
  status: ["status"],
  viewerCanStartWork: ["status", "createdBy"],
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
  return incidentColumnsUnder(
    NODE_PATHS.flatMap((path) => descend(connection, path)),
    ["id"],
  );
}

/** The `incidents` columns the selections of these incidents need, beside `always`; null for every column. */
function incidentColumnsUnder(nodes: readonly ResolveTree[], always: readonly IncidentColumn[]): readonly IncidentColumn[] | null {
  const wanted = new Set<IncidentColumn>(always);
  for (const field of nodes.flatMap(fieldsOf)) {
    const columns = FIELD_COLUMNS[field.name];
    if (!columns) return null;
    for (const column of columns) wanted.add(column);
  }
  return [...wanted].sort();
}

export type ProductVersionColumn = keyof ProductVersionRow & string;
export type UserColumn = keyof UserRow & string;

/**
 * What a page reads of the product version and the creator joined to each incident. Undefined:
 * the field is not selected (no join). A list: those columns, beside the id (and the creator's
 * `deletedAt`, which hides a deleted account). Null: the whole row, which also primes the request's
 * loaders; it is read when a selected field is not listed below (never a missing value).
 */
export interface JoinedColumns {
  productVersion?: readonly ProductVersionColumn[] | null;
  createdBy?: readonly UserColumn[] | null;
}

/** Every column of both (the page of a caller that gives no selection). */
export const WHOLE_JOINED_ROWS: JoinedColumns = { productVersion: null, createdBy: null };

/** The columns each field of `ProductVersion` reads (`toProductVersion`); the others start from its id. */
const PRODUCT_VERSION_FIELD_COLUMNS: Readonly<Record<string, readonly ProductVersionColumn[]>> = {
  __typename: [],
  id: [],
  name: ["name"],
  releasedOn: ["releasedOn"],
  mainstreamEndOn: ["mainstreamEndOn"],
  extendedEndOn: ["extendedEndOn"],
  product: ["productId"],
  coverage: [],
  coverageWindows: [],
  coveredUntil: [],
};

/** The columns each field of `User` reads (`toUser`); the others start from its id. */
const USER_FIELD_COLUMNS: Readonly<Record<string, readonly UserColumn[]>> = {
  __typename: [],
  id: [],
  email: ["email"],
  displayName: ["displayName"],
  accountKind: ["accountKind"],
  isMpnAssociated: ["mpnAssociated"],
  isCspAssociated: ["cspAssociated"],
  organization: ["organizationId"],
  roles: [],
  permissions: [],
  linkedContracts: [],
};

/**
 * {@link JoinedColumns} for what a connection field selects under its nodes. A dashboard shows a
 * version's name and a creator's display name: read whole, the 16 joined columns of each of 51
 * rows were a third of PostgreSQL's time for the page (each value output as JSON text).
 */
export function joinedColumnsFor(connection: ResolveTree): JoinedColumns {
  return joinedColumnsUnder(NODE_PATHS.flatMap((path) => descend(connection, path)));
}

function joinedColumnsUnder(nodes: readonly ResolveTree[]): JoinedColumns {
  return {
    productVersion: columnsUnder(nodes, "productVersion", PRODUCT_VERSION_FIELD_COLUMNS),
    createdBy: columnsUnder(nodes, "createdBy", USER_FIELD_COLUMNS),
  };
}

/** The columns the selections of `field` (every alias) need under `nodes`; undefined when not selected. */
function columnsUnder<Column extends string>(
  nodes: readonly ResolveTree[],
  field: string,
  known: Readonly<Record<string, readonly Column[]>>,
): readonly Column[] | null | undefined {
  let wanted: Set<Column> | undefined;
  for (const selected of nodes.flatMap(fieldsOf)) {
    if (selected.name !== field) continue;
    wanted ??= new Set();
    for (const sub of fieldsOf(selected)) {
      const columns = known[sub.name];
      if (!columns) return null;
      for (const column of columns) wanted.add(column);
    }
  }
  return wanted && [...wanted].sort();
}

/** What an incident page reads: the `incidents` columns and the joined ones (see `ListIncidentsArgs`). */
export interface PageColumns {
  columns: readonly IncidentColumn[] | null;
  joined: JoinedColumns;
}

/** {@link incidentColumnsFor} and {@link joinedColumnsFor} of one connection field. */
export function pageColumnsFor(connection: ResolveTree): PageColumns {
  return { columns: incidentColumnsFor(connection), joined: joinedColumnsFor(connection) };
}

/**
 * `read` of the selection of the field being resolved, once per place in a request's document
 * (graphql-js collects `fieldNodes` afresh for each execution, and hands the same array to every
 * parent at one place): `Organization.incidents` under a page of organizations, or `nodes(ids:)`,
 * parsed the same selection once per parent. `whole` when there is no selection to read.
 */
function oncePerPlace<T>(cache: WeakMap<readonly FieldNode[], T>, info: GraphQLResolveInfo, read: (tree: ResolveTree) => T, whole: T): T {
  let value = cache.get(info.fieldNodes);
  if (value === undefined) {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    value = tree ? read(tree) : whole;
    cache.set(info.fieldNodes, value);
  }
  return value;
}

const pageColumnsByPlace = new WeakMap<readonly FieldNode[], PageColumns>();

/** {@link pageColumnsFor} of the connection field being resolved. */
export function pageColumnsOf(info: GraphQLResolveInfo): PageColumns {
  return oncePerPlace(pageColumnsByPlace, info, pageColumnsFor, { columns: null, joined: WHOLE_JOINED_ROWS });
}

/** What `node(id:)` reads of an incident and of the rows beside it. */
export interface NodeColumns extends PageColumns {
  /** The product, whole (it primes its loader): when the version's `product` is selected, or the version is read whole. */
  product: boolean;
  /** The CSP customer, whole: when `customer` is selected. */
  customer: boolean;
}

/** Everything: a caller that gives no selection. */
export const WHOLE_NODE: NodeColumns = { columns: null, joined: WHOLE_JOINED_ROWS, product: true, customer: true };

/**
 * {@link NodeColumns} for the selection of a `node` (or `nodes`) field, as an incident: its
 * `... on SupportIncident` and `... on Node` parts.
 */
export function nodeColumnsFor(field: ResolveTree): NodeColumns {
  const { SupportIncident, Node } = field.fieldsByTypeName;
  const node: ResolveTree = { ...field, fieldsByTypeName: { ...(SupportIncident && { SupportIncident }), ...(Node && { Node }) } };
  const joined = joinedColumnsUnder([node]);
  const version = joined.productVersion;
  return {
    columns: incidentColumnsUnder([node], LINK_COLUMNS),
    joined,
    product: version === null || (version?.includes("productId") ?? false),
    customer: selectsOwn(node, "customer"),
  };
}

const nodeColumnsByPlace = new WeakMap<readonly FieldNode[], NodeColumns>();

/** {@link nodeColumnsFor} of the `node` / `nodes` field being resolved. */
export function nodeColumnsOf(info: GraphQLResolveInfo): NodeColumns {
  return oncePerPlace(nodeColumnsByPlace, info, nodeColumnsFor, WHOLE_NODE);
}
