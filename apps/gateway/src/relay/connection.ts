import { badInput } from "../errors";
import { isUuid } from "../users/user.queries";
import { type CursorPosition, decodeCursor, encodeCursor } from "./cursor";
import type { PageInfo } from "./page-info.type";

/** The fields every connection shares (its `totalCount` is resolved separately, on demand). */
export interface Page<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: PageInfo;
}

/** Decodes `after` for a connection whose rows are keyed by a UUID; null when absent. */
export function decodeUuidCursor(after: string | null | undefined): CursorPosition | null {
  if (!after) return null;
  const position = decodeCursor(after);
  if (!isUuid(position.id)) throw badInput("`after` is not a cursor returned by this connection", "after");
  return position;
}

/**
 * Builds a page from the rows of a keyset query that asked for `first + 1` rows: the extra row
 * only says that another page follows.
 */
export function toPage<Row, Node>(
  rows: readonly Row[],
  options: {
    first: number;
    after: CursorPosition | null;
    cursorOf: (row: Row) => CursorPosition;
    toNode: (row: Row) => Node;
  },
): Page<Node> {
  const edges = rows.slice(0, options.first).map((row) => ({ cursor: encodeCursor(options.cursorOf(row)), node: options.toNode(row) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > options.first,
      hasPreviousPage: options.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Default page size of a connection when `first` is not given (the cost limit charges it too). */
export const DEFAULT_PAGE_SIZE = 20;

/** The `first` argument's description, shared by every connection. */
export const FIRST_ARGUMENT = `Page size (default ${DEFAULT_PAGE_SIZE}, at most 100; more is BAD_USER_INPUT).`;

/** The `after` argument's description, shared by every connection. */
export const AFTER_ARGUMENT = "Cursor of the last edge of the previous page (`pageInfo.endCursor`).";
