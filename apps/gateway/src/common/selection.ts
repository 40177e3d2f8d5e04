import type { ResolveTree } from "graphql-parse-resolve-info";

/** The fields `tree` selects directly, whatever the type condition or alias. */
export function fieldsOf(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}

/**
 * The fields reached from `tree` by following `path` (field names, whatever the type or alias):
 * `["edges", "node"]` from a connection gives the selections of its nodes.
 */
export function descend(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  if (path.length === 0) return [tree];
  const [head, ...rest] = path;
  return fieldsOf(tree)
    .filter((field) => field.name === head)
    .flatMap((field) => descend(field, rest));
}

/** Whether `tree` selects a field named `name` directly (a connection's `totalCount`, not its nodes' fields). */
export function selectsOwn(tree: ResolveTree, name: string): boolean {
  return fieldsOf(tree).some((field) => field.name === name);
}
