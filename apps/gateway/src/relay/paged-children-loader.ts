import DataLoader from "dataloader";
import type { CursorPosition } from "./cursor";

/** One page of the children of one parent (e.g. the users of an organization). */
export interface ChildPageKey {
  parentId: string;
  /** Already validated against the maximum page size. */
  first: number;
  after: CursorPosition | null;
}

/**
 * Per-request loader for a nested connection: the pages of every parent asked for in the same
 * tick come from one statement per distinct (`first`, `after`), whatever the number of parents.
 * `fetch` returns, for each parent, at most `first + 1` rows in page order (a window function);
 * the extra row only says that another page follows.
 */
export function pagedChildrenLoader<Row>(
  parentOf: (row: Row) => string,
  fetch: (parentIds: readonly string[], first: number, after: CursorPosition | null) => Promise<Row[]>,
) {
  const keyOf = (key: ChildPageKey) => JSON.stringify([key.parentId, key.first, key.after?.value ?? null, key.after?.id ?? null]);
  return new DataLoader<ChildPageKey, Row[], string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const signature = JSON.stringify([key.first, key.after?.value ?? null, key.after?.id ?? null]);
        groups.set(signature, [...(groups.get(signature) ?? []), key]);
      }
      const pages = new Map<string, Row[]>();
      for (const group of groups.values()) {
        const { first, after } = group[0] as ChildPageKey;
        const parentIds = [...new Set(group.map((key) => key.parentId))];
        const rows = await fetch(parentIds, first, after);
        for (const key of group) pages.set(keyOf(key), []);
        for (const row of rows) pages.get(keyOf({ parentId: parentOf(row), first, after }))?.push(row);
      }
      return keys.map((key) => pages.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
