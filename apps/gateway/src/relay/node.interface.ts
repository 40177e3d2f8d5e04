import { Field, ID, InterfaceType } from "type-graphql";
import { fromGlobalId } from "./global-id";

/** Resolvers return plain objects; the global ID already names the concrete type. */
export function nodeTypeName(value: { id: string }): string {
  return fromGlobalId(value.id).type;
}

/** Relay's Node: every object with a global ID can be refetched with `node(id:)`. */
@InterfaceType("Node", {
  description: "An object with an opaque global ID, refetchable with `node(id:)`.",
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID. Do not parse it; pass it back as is." })
  id!: string;
}
