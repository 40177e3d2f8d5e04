import { GraphQLObjectType, getNamedType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/schema";

/**
 * Every `@ObjectType` sets `simpleResolvers: true`: its plain fields (no `@FieldResolver`) are read
 * by graphql-js's default resolver. Without it type-graphql wrapped each one in a resolver that
 * builds its middleware chain on every call, for nothing (no plain field has a role or a
 * middleware): about 470 calls and 70 KB per 50-incident dashboard. These tests keep both true.
 */
describe("plain object fields", async () => {
  const schema = await buildGatewaySchema();
  const storage = getMetadataStorage();
  /** A `@FieldResolver` of the type, or of an interface it implements (the events' `actor`). */
  const isFieldResolver = (owners: readonly unknown[], name: string) =>
    storage.fieldResolvers.some((resolver) => owners.includes(resolver.getObjectType?.()) && resolver.methodName === name);

  it("every object type resolves its plain fields with graphql-js's default resolver", () => {
    const wrapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
      const metadata = storage.objectTypes.find((objectType) => objectType.name === type.name);
      if (!metadata) continue; // Query, Mutation: resolver classes
      for (const field of Object.values(type.getFields())) {
        if (field.resolve && !isFieldResolver([metadata.target, ...(metadata.interfaceClasses ?? [])], field.name))
          wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
    // The check sees the fields it should: a dashboard's incident is full of plain ones.
    const incident = schema.getType("SupportIncident") as GraphQLObjectType;
    expect(incident.getFields().title?.resolve).toBeUndefined();
    expect(getNamedType(incident.getFields().productVersion?.type)?.name).toBe("ProductVersion");
    expect(incident.getFields().productVersion?.resolve).toBeTypeOf("function");
  });

  it("no plain field carries a role or a middleware (simpleResolvers would skip them)", () => {
    const guarded = [...storage.authorizedFields, ...storage.middlewares]
      .filter((entry) => entry.fieldName !== undefined)
      .filter((entry) => storage.fields.some((field) => field.target === entry.target && field.name === entry.fieldName))
      .filter(
        (entry) => !storage.fieldResolvers.some((resolver) => resolver.target === entry.target && resolver.methodName === entry.fieldName),
      )
      .map((entry) => `${(entry.target as { name: string }).name}.${entry.fieldName}`);
    expect(guarded).toEqual([]);
  });
});
