import { createRequire } from "node:module";
import * as graphqlEsm from "graphql";
import { describe, expect, it } from "vitest";

/**
 * `patches/graphql@16.15.0.patch`: graphql-js builds each object of a result as an ordinary
 * object instead of `Object.create(null)` (V8 keeps those in dictionary mode, and JSON.stringify
 * took its slow path over them: a computed dashboard spent 0.26 ms of its 2.6 ms serializing).
 * A response key named `__proto__` (a legal alias) must stay an own property of the result, never
 * become its prototype. Both builds: the ES module (vitest, tsx) and the CommonJS one (the bundle).
 */
const graphqlCjs = createRequire(import.meta.url)("graphql") as typeof graphqlEsm;

describe.each([
  ["ES module", graphqlEsm],
  ["CommonJS (the bundle's)", graphqlCjs],
])("graphql's result objects, %s build", (_build, graphql) => {
  const schema = graphql.buildSchema(`
    type Item { name: String, later: String }
    type Query { item: Item, items: [Item], name: String }
  `);
  const item = { name: "a", later: () => Promise.resolve("b") };
  const rootValue = { item, items: [item, item], name: "root" };
  const run = async (source: string) => {
    const result = await graphql.execute({ schema, document: graphql.parse(source), rootValue });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };

  it("are ordinary objects, synchronous fields or not", async () => {
    const data = await run("{ name item { name } items { name later } }");
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.item)).toBe(Object.prototype);
    // `later` is a promise: this object went through promiseForObject.
    expect(Object.getPrototypeOf(data.items[0])).toBe(Object.prototype);
    expect(JSON.stringify(data)).toBe('{"name":"root","item":{"name":"a"},"items":[{"name":"a","later":"b"},{"name":"a","later":"b"}]}');
  });

  it.each([
    ["{ __proto__: item { name } name }", '{"__proto__":{"name":"a"},"name":"root"}', []],
    ["{ __proto__: name item { name } }", '{"__proto__":"root","item":{"name":"a"}}', []],
    ["{ item { __proto__: later name } }", '{"item":{"__proto__":"b","name":"a"}}', ["item"]],
    ["{ item { name __proto__: name } }", '{"item":{"name":"a","__proto__":"a"}}', ["item"]],
  ] as const)("keep a `__proto__` alias an own property, in order, changing no prototype: %s", async (source, json, path) => {
    const data = await run(source);
    expect(JSON.stringify(data)).toBe(json);
    const holder = path.reduce((object: Record<string, any>, key) => object[key], data);
    expect(Object.getPrototypeOf(holder)).toBe(Object.prototype);
    expect(Object.hasOwn(holder, "__proto__")).toBe(true);
    // Nothing leaked into Object.prototype.
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});
