import type { ResolveTree } from "graphql-parse-resolve-info";
import type { Expression } from "kysely";
import type { GatewayContext } from "../context";

/**
 * How the rows behind one child field can be fetched ahead, inside the statement that loads its
 * parent: a correlated subquery returning JSON, then the request's loaders primed with the
 * decoded rows. The field's resolver stays as it is (its rules, states and authorization run
 * unchanged) and finds its loader already answered.
 */
export interface ChildPrefetch {
  /** Whether the statement depends on the field's arguments (a page); otherwise one per parent serves every alias. */
  byArguments?: boolean;
  /**
   * The JSON value for one parent row, correlated on the parent's id column; null when this
   * selection cannot be prefetched (invalid arguments: the resolver reports them as usual).
   * `knownParentId` is the parent's id when the statement loads a single parent.
   */
  select(ctx: GatewayContext, parentId: Expression<string>, field: ResolveTree, knownParentId?: string): Expression<unknown> | null;
  /** Primes the loaders (or the page store) the field's resolver reads. */
  prime(ctx: GatewayContext, parentId: string, json: unknown, field: ResolveTree): void;
}
