import { createRequire } from "node:module";
import * as graphqlEsm from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * `patches/graphql@16.15.0.patch` (3): a leaf field read by the default resolver (a scalar or enum
 * property of its parent, without arguments) is read and serialized at once, without the path,
 * resolve info and arguments graphql-js builds for every field. Whatever would fail takes the usual
 * path, so answers and errors stay exactly as graphql-js gives them. Both builds are patched.
 */
const require = createRequire(import.meta.url);
const graphqlCjs = require("graphql") as typeof graphqlEsm;

describe.each([
  ["ES module", graphqlEsm],
  ["CommonJS (the bundle's)", graphqlCjs],
])("graphql's plain leaf fields, %s build", (_build, graphql) => {
  const Day = new graphql.GraphQLScalarType({
    name: "Day",
    serialize: (value) => {
      if (!(value instanceof Date)) throw new TypeError("Day: not a Date");
      return value.toISOString().slice(0, 10);
    },
  });
  const schema = graphql.buildSchema(`
    scalar Day
    enum Level { GOLD SILVER }
    type Item {
      name: String!
      count: Int
      level: Level
      day: Day
      missing: String
      required: String!
      failing: String
      computed(times: Int = 2): String
      badDay: Day
    }
    type Query { item: Item, items: [Item!] }
  `);
  Object.assign(schema.getType("Day") as object, { serialize: Day.serialize.bind(Day) });
  const item = {
    name: "a",
    count: 3,
    level: "GOLD",
    day: new Date("2026-12-02T10:00:00Z"),
    missing: undefined,
    required: null,
    failing: new Error("no failing today"),
    computed: (args: { times: number }) => "x".repeat(args.times),
    badDay: "not a date",
  };
  const run = (source: string) => graphql.execute({ schema, document: graphql.parse(source), rootValue: { item, items: [item, item] } });

  it("answers as graphql-js does: scalars, enums, custom scalars, missing values, methods with arguments", () => {
    const result = run("{ item { name count level day missing computed(times: 3) alias: name } items { name day } }");
    expect(result).toEqual({
      data: {
        item: { name: "a", count: 3, level: "GOLD", day: "2026-12-02", missing: null, computed: "xxx", alias: "a" },
        items: [
          { name: "a", day: "2026-12-02" },
          { name: "a", day: "2026-12-02" },
        ],
      },
    });
  });

  it("reports what fails as graphql-js does, with the field's path", () => {
    const result = run("{ item { name failing badDay } items { name required } }") as {
      data: unknown;
      errors: readonly { message: string; path: readonly (string | number)[] }[];
    };
    expect(result.errors.map(({ message, path }) => ({ message, path }))).toEqual([
      { message: "no failing today", path: ["item", "failing"] },
      { message: "Day: not a Date", path: ["item", "badDay"] },
      { message: "Cannot return null for non-nullable field Item.required.", path: ["items", 0, "required"] },
    ]);
    expect(result.data).toEqual({ item: { name: "a", failing: null, badDay: null }, items: null });
  });
});

describe("the CommonJS build (the bundle's) skips the field's arguments for plain leaves only", () => {
  afterEach(() => vi.restoreAllMocks());
  const values = require("graphql/execution/values") as { getArgumentValues: (...args: unknown[]) => unknown };

  it("builds no arguments for a plain leaf, and does for a field with a resolver or arguments", () => {
    const schema = graphqlCjs.buildSchema("type Item { name: String, upper(suffix: String): String } type Query { item: Item }");
    const spy = vi.spyOn(values, "getArgumentValues");
    const rootValue = { item: { name: "a", upper: ({ suffix }: { suffix: string }) => `A${suffix}` } };
    const plain = graphqlCjs.execute({ schema, document: graphqlCjs.parse("{ item { name } }"), rootValue });
    expect(plain).toEqual({ data: { item: { name: "a" } } });
    expect(spy).toHaveBeenCalledTimes(1); // `item` only: an object, not a leaf
    spy.mockClear();
    const withArguments = graphqlCjs.execute({ schema, document: graphqlCjs.parse('{ item { upper(suffix: "!") } }'), rootValue });
    expect(withArguments).toEqual({ data: { item: { upper: "A!" } } });
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
