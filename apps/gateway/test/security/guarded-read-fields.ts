/**
 * Which read fields the role matrix must cover, derived from the schema and type-graphql's metadata
 * (not a hand-kept list), so that a field added tomorrow without a row fails the coverage test:
 * - every `Query` field (each is an entry point; even one that needs no sign-in gets a row saying so);
 * - every object field with a resolver method that is `@Authorized` or takes the request context
 *   (`@Ctx()`): the context is where the viewer lives, so only these can answer differently per
 *   viewer. Fields without a resolver method read their parent, which a guarded field returned.
 */
import type { GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

export interface ResolvedField {
  /** `Type.field`, as in the schema. */
  coordinate: string;
  /** The resolver method, for the check that a field exempted as viewer-independent never reads the viewer. */
  method: (...args: unknown[]) => unknown;
}

/** Object fields resolved by a method that is `@Authorized` or reads the context (the schema must be built first). */
export function contextResolvedFields(schema: GraphQLSchema): ResolvedField[] {
  const storage = getMetadataStorage();
  const typeName = (target: unknown): string | undefined =>
    storage.objectTypes.find((type) => type.target === target)?.name ?? storage.interfaceTypes.find((type) => type.target === target)?.name;
  const fields: ResolvedField[] = [];
  for (const resolver of storage.fieldResolvers) {
    const name = typeName(resolver.getObjectType?.());
    if (!name || !schema.getType(name)) continue;
    const readsContext = storage.params.some(
      (param) => param.target === resolver.target && param.methodName === resolver.methodName && param.kind === "context",
    );
    const authorized = storage.authorizedFields.some((auth) => auth.target === resolver.target && auth.fieldName === resolver.methodName);
    if (!readsContext && !authorized) continue;
    const method = (resolver.target as { prototype: Record<string, (...args: unknown[]) => unknown> }).prototype[resolver.methodName];
    if (!method) throw new Error(`no method ${resolver.methodName} for ${name}.${resolver.schemaName}`);
    fields.push({ coordinate: `${name}.${resolver.schemaName}`, method });
  }
  return fields.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/** Every `Query` field, as `Query.field`. */
export function queryFields(schema: GraphQLSchema): string[] {
  return Object.keys(schema.getQueryType()?.getFields() ?? {})
    .map((field) => `Query.${field}`)
    .sort();
}
