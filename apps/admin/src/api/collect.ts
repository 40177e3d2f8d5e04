/**
 * Reads every node of a paginated list (the SDK's `paginate*` helpers walk the pages) into an
 * array: the console's pickers show whole lists, a page of 100 at a time.
 */
export async function collect<Node>(nodes: AsyncIterable<Node>): Promise<Node[]> {
  const all: Node[] = [];
  for await (const node of nodes) all.push(node);
  return all;
}
