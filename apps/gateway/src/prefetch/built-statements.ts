import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * Numbers for field nodes. Apollo keeps each parsed document (its document store), so a request
 * repeating a query resolves the very same field nodes: their numbers name a place in a document
 * across requests. A document that is parsed again gets new nodes and new numbers (a miss, never a
 * wrong hit); nodes that are collected take their numbers with them.
 */
const nodeNumbers = new WeakMap<FieldNode, number>();
let lastNodeNumber = 0;

/**
 * The place of the field being resolved, with the variables: what its selection set (and so the
 * children planned under it) depends on. A place is all its field nodes (a fragment spread in two
 * places shares its first node, not the set).
 */
export function selectionKey(info: GraphQLResolveInfo): string {
  let place = "";
  for (const node of info.fieldNodes) {
    let number = nodeNumbers.get(node);
    if (number === undefined) {
      number = ++lastNodeNumber;
      nodeNumbers.set(node, number);
    }
    place += `${number},`;
  }
  return `${info.parentType.name}.${place}${JSON.stringify(info.variableValues)}`;
}

/**
 * Values built for a key and kept (least recently used go first): the plan of a selection, or a
 * compiled statement. Building the dashboard's statement (planning, Kysely's builder and compiler)
 * was a tenth of the gateway's CPU per computed dashboard; a repeated request reuses it.
 * A key must name everything the value is built from; the value must never be changed.
 */
export class BuiltOnce<Value extends {}> {
  readonly #values: LRUCache<string, Value>;

  constructor(max: number) {
    this.#values = new LRUCache({ max });
  }

  get(key: string, build: () => Value): Value {
    let value = this.#values.get(key);
    if (value === undefined) {
      value = build();
      this.#values.set(key, value);
    }
    return value;
  }
}
