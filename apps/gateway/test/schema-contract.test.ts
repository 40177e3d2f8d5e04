import { readFile } from "node:fs/promises";
import { buildSchema as buildFromSdl, GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../src/cli/schema-file";
import { buildGatewaySchema, printGatewaySchema } from "../src/schema";

describe("schema contract", () => {
  it("schema/schema.graphql matches the code (run `pnpm --filter @support-hub/gateway schema:emit`)", async () => {
    const committed = await readFile(SCHEMA_FILE, "utf8");
    expect(printGatewaySchema(await buildGatewaySchema())).toBe(committed);
  });

  it("documents every type, field, argument and enum value", async () => {
    const schema = buildFromSdl(await readFile(SCHEMA_FILE, "utf8"));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    // Built-in scalars carry graphql-js's own descriptions; everything else is ours.
    expect(missing).toEqual([]);
  });
});
