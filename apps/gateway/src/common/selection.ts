import type { ResolveTree } from "graphql-parse-resolve-info";

/**
 * The fields reached from `tree` by following `path` (field names, whatever the type or alias):
 * `["edges", "node"]` from a connection gives the selections of its nodes.
 */
export function descend(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  if (path.length === 0) return [tree];
  const [head, ...rest] = path;
  return Object.values(tree.fieldsByTypeName)
    .flatMap((fields) => Object.values(fields))
    .filter((field) => field.name === head)
    .flatMap((field) => descend(field, rest));
}
