/** The part of a Relay connection that pagination needs. */
export interface ConnectionPage<Node> {
  nodes: ReadonlyArray<Node>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Walks every page of a connection: `for await (const incident of paginate(...))`.
 * `fetchPage` gets the cursor to continue after (null for the first page).
 */
export async function* paginate<Node>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<Node, void, undefined> {
  let after: string | null = null;
  for (;;) {
    options.signal?.throwIfAborted();
    const page: ConnectionPage<Node> = await fetchPage(after);
    yield* page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
