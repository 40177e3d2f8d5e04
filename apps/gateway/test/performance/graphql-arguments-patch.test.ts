import { createRequire } from "node:module";
import * as graphqlEsm from "graphql";
import { buildSchema, execute, type GraphQLField, type GraphQLObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";

/**
 * `patches/graphql@16.15.0.patch`: graphql-js built two dictionary-mode objects for the arguments
 * of every field it resolved, even without arguments (a quarter of the bytes a 50-incident
 * dashboard allocated). Such fields now share one frozen empty object. Both builds are patched:
 * the ES module (vitest, tsx) and the CommonJS one (what esbuild bundles into dist/main.js).
 */
const graphqlCjs = createRequire(import.meta.url)("graphql") as typeof graphqlEsm;

const schema = buildSchema(`
  type Query {
    plain: String
    page(first: Int = 20, after: String): [String]
  }
`);
const queryType = schema.getQueryType() as GraphQLObjectType;
const field = (name: string) => queryType.getFields()[name] as GraphQLField<unknown, unknown>;
const fieldNode = (source: string) => {
  const operation = parse(source).definitions[0];
  if (operation?.kind !== "OperationDefinition" || operation.selectionSet.selections[0]?.kind !== "Field") throw new Error(source);
  return operation.selectionSet.selections[0];
};

describe.each([
  ["ES module", graphqlEsm],
  ["CommonJS (the bundle's)", graphqlCjs],
])("graphql's getArgumentValues, %s build", (_build, graphql) => {
  it("gives every field without arguments one frozen, prototype-less empty object", () => {
    const first = graphql.getArgumentValues(field("plain"), fieldNode("{ plain }"));
    const second = graphql.getArgumentValues(field("plain"), fieldNode("{ other: plain }"));
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.getPrototypeOf(first)).toBeNull();
    expect(Object.keys(first)).toEqual([]);
  });

  it("still coerces the arguments of fields that have some: literals, variables, defaults", () => {
    const literal = graphql.getArgumentValues(field("page"), fieldNode('{ page(after: "x") }'));
    expect({ ...literal }).toEqual({ first: 20, after: "x" });
    const fromVariable = graphql.getArgumentValues(field("page"), fieldNode("query ($n: Int) { page(first: $n) }"), { n: 5 });
    expect({ ...fromVariable }).toEqual({ first: 5 });
    expect(Object.isFrozen(fromVariable)).toBe(false);
  });
});

describe("the shared empty arguments during execution", () => {
  it("a resolver that writes into them fails on that field instead of leaking into other requests", async () => {
    const result = await execute({
      schema,
      document: parse("{ plain }"),
      fieldResolver: (_source, args: Record<string, unknown>) => {
        args.injected = true;
        return "written";
      },
    });
    expect(result.data).toEqual({ plain: null });
    expect(result.errors?.[0]?.message).toMatch(/read only|not extensible|Cannot add property/);
    const clean = await execute({ schema, document: parse("{ plain }"), fieldResolver: (_source, args) => JSON.stringify(args) });
    expect(clean.data).toEqual({ plain: "{}" });
  });
});
