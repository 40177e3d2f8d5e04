import type { Organization as OrganizationRow } from "@support-hub/db";
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { type CompiledQuery, type Expression, sql } from "kysely";
import { descend, selectsOwn } from "../common/selection";
import type { GatewayContext } from "../context";
import { sharedRows } from "../performance/shared-statements";
import { BuiltOnce, selectionKey } from "./built-statements";
import type { ChildPrefetch } from "./child-prefetch";
import { ORGANIZATION_CHILDREN } from "./organization-children";

/** A child field selected under an organization, and how to prefetch it. */
interface PlannedChild {
  alias: string;
  field: ResolveTree;
  prefetch: ChildPrefetch;
}

/**
 * The children of `Organization` that the selection set asks for and that can be prefetched.
 * `path` descends through a connection (`["nodes"]`, `["edges", "node"]`) to its organizations.
 */
export function plannedOrganizationChildren(info: GraphQLResolveInfo, paths: readonly (readonly string[])[] = [[]]): PlannedChild[] {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!root) return [];
  const planned: PlannedChild[] = [];
  for (const path of paths) {
    const trees = descend(root, path);
    for (const tree of trees) {
      for (const field of Object.values(tree.fieldsByTypeName.Organization ?? {})) {
        for (const prefetch of ORGANIZATION_CHILDREN[field.name] ?? []) {
          if (!planned.some((p) => p.prefetch === prefetch && sameArgs(prefetch, p.field, field))) {
            planned.push({ alias: `prefetch${planned.length}`, field, prefetch });
          }
        }
      }
    }
  }
  return planned;
}

/** Whether the field being resolved selects `name` directly (e.g. a connection's `totalCount`). */
export function selectsOwnField(info: GraphQLResolveInfo, name: string): boolean {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  return !!root && selectsOwn(root, name);
}

/** Two selections the same statement serves (e.g. `membershipOffers` and `entitlements` both read the offers). */
function sameArgs(prefetch: ChildPrefetch, a: ResolveTree, b: ResolveTree): boolean {
  return !prefetch.byArguments || (a.name === b.name && JSON.stringify(a.args) === JSON.stringify(b.args));
}

/** Selects the planned children as JSON columns beside the parent row (`organizations.id` correlates them). */
export function childColumns(ctx: GatewayContext, planned: readonly PlannedChild[], onlyParentId?: string) {
  // One parent: its id as a parameter, so PostgreSQL plans each subquery for that organization
  // (a correlated reference hides it: the incident page was sorted in full instead of read in
  // index order, and planning took twice as long).
  const parentId = (onlyParentId !== undefined ? sql.val(onlyParentId) : sql.ref("organizations.id")) as Expression<string>;
  const columns: ReturnType<typeof aliasOf>[] = [];
  for (const child of planned) {
    let expression: Expression<unknown> | null = null;
    try {
      expression = child.prefetch.select(ctx, parentId, child.field, onlyParentId);
    } catch {
      // Invalid arguments: the field's resolver runs its own statement and reports them.
    }
    if (expression) columns.push(aliasOf(expression, child.alias));
  }
  return columns;
}

function aliasOf(expression: Expression<unknown>, alias: string) {
  return sql<unknown>`${expression}`.as(alias);
}

/**
 * Splits the JSON columns off each row (the rest is what the organization loader promises), primes
 * that loader and each child's. Returns the bare rows, copies: `rows` are left as they are.
 */
export function primeOrganizations(
  ctx: GatewayContext,
  planned: readonly PlannedChild[],
  rows: readonly Record<string, unknown>[],
  /** Other columns that are not the organization's (a page's total count). */
  extraColumns: readonly string[] = [],
): OrganizationRow[] {
  const aliases = new Set([...planned.map((child) => child.alias), ...extraColumns]);
  return rows.map((row) => {
    const id = row.id as string;
    for (const child of planned) {
      if (child.alias in row) child.prefetch.prime(ctx, id, row[child.alias], child.field);
    }
    // A copy without the JSON columns: the rows may be shared with other requests.
    const bare: Record<string, unknown> = {};
    for (const column in row) if (!aliases.has(column)) bare[column] = row[column];
    const organization = bare as unknown as OrganizationRow;
    ctx.loaders.organization.prime(id, organization);
    return organization;
  });
}

/**
 * Per request: one loader per place in the document that loads organizations. A place is its
 * `fieldNodes` array: graphql-js hands that same array to every parent at one place, and a
 * fragment spread in two places gives two arrays (their first node alone would be shared, and the
 * second place would get the loader planned for the first place's selection).
 */
const loadersByField = new WeakMap<object, Map<readonly FieldNode[], DataLoader<string, OrganizationRow | undefined>>>();

/** Plans by selection, and statements by all they are built from: a repeated request builds neither. */
const plans = new BuiltOnce<PlannedChild[]>(500);
const statements = new BuiltOnce<CompiledQuery<Record<string, unknown>>>(500);

/**
 * Loads organizations by id for the field being resolved, with the children its selection set
 * asks for, in one statement per batch (every parent of that field in the same tick). Without
 * prefetchable children it is the plain `organization` loader.
 */
export function organizationLoaderFor(ctx: GatewayContext, info: GraphQLResolveInfo): DataLoader<string, OrganizationRow | undefined> {
  let byField = loadersByField.get(ctx.loaders);
  if (!byField) {
    byField = new Map();
    loadersByField.set(ctx.loaders, byField);
  }
  let loader = byField.get(info.fieldNodes);
  if (!loader) {
    const selection = selectionKey(info);
    const planned = plans.get(selection, () => plannedOrganizationChildren(info));
    loader =
      planned.length === 0
        ? ctx.loaders.organization
        : new DataLoader<string, OrganizationRow | undefined>(async (ids) => {
            // Everything the statement is built from: the selection, the ids, and what the
            // children's statements read of the request (the viewer's visibility, today, limits).
            const key = JSON.stringify([selection, ids, ctx.viewer, ctx.today, ctx.limits]);
            const statement = statements.get(key, () =>
              ctx.db
                .selectFrom("organizations")
                .selectAll("organizations")
                .select(childColumns(ctx, planned, ids.length === 1 ? ids[0] : undefined))
                .where("organizations.id", "in", ids)
                .compile(),
            );
            // Concurrent requests asking the same (a team on its dashboard) share one execution.
            const rows = await sharedRows(ctx, statement);
            const byId = new Map(primeOrganizations(ctx, planned, rows as readonly Record<string, unknown>[]).map((row) => [row.id, row]));
            return ids.map((id) => byId.get(id));
          });
    byField.set(info.fieldNodes, loader);
  }
  return loader;
}
