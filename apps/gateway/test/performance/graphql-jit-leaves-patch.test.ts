import { buildSchema, execute, GraphQLError, type GraphQLScalarType, parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { describe, expect, it } from "vitest";

// patches/graphql-jit@0.8.9.patch: a leaf's error is built only when the leaf fails. Every way a
// leaf fails (null for a non-null type, an Error, a value its scalar refuses, in lists nested in
// lists) must still give graphql-js's own answer, errors and paths included.

const schema = buildSchema(`
  scalar Even
  enum Color { RED GREEN }
  type Item { id: ID! label: String even: Even! optionalEven: Even color: Color! }
  type Group { name: String! items: [Item!] }
  type Query { groups: [Group!]! }
`);
const even = schema.getType("Even") as GraphQLScalarType;
even.serialize = (value) => {
  if (typeof value !== "number" || value % 2 !== 0) throw new GraphQLError(`Even cannot represent ${String(value)}`);
  return value;
};

const fine = { id: "a", label: "first", even: 2, optionalEven: 4, color: "RED" };
const root = {
  groups: [
    { name: "fine", items: [fine, { ...fine, id: "b", label: null, optionalEven: null }] },
    { name: "null id", items: [fine, { ...fine, id: null }] },
    { name: "error label", items: [{ ...fine, label: new Error("label failed") }] },
    { name: "odd", items: [fine, { ...fine, even: 3 }] },
    { name: "odd optional", items: [{ ...fine, optionalEven: 5 }] },
    { name: "bad color", items: [{ ...fine, color: "BLUE" }] },
  ],
};
const document = parse("{ groups { name items { id label even optionalEven color } } }");

describe("graphql-jit leaves (patched)", () => {
  it("answer as graphql-js does: values, nulls, errors with their paths", async () => {
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error("not compiled");
    const expected = JSON.parse(JSON.stringify(await execute({ schema, document, rootValue: root })));
    const actual = JSON.parse(JSON.stringify(await compiled.query(root, {}, {})));
    expect(expected.errors).toHaveLength(5);
    expect(actual.data).toEqual(expected.data);
    const byPath = (errors: { message: string; path: unknown[] }[]) =>
      errors.map(({ message, path }) => ({ message, path })).sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
    expect(byPath(actual.errors)).toEqual(byPath(expected.errors));
  });

  it("keeps answering after an error: the value slot holds nothing over from the failed leaf", async () => {
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error("not compiled");
    await compiled.query(root, {}, {});
    const again = await compiled.query({ groups: [{ name: "fine", items: [fine] }] }, {}, {});
    expect(again).toEqual({ data: { groups: [{ name: "fine", items: [fine] }] } });
  });

  it("gives an error without extensions an empty extensions object, as graphql-js does, and the same JSON", async () => {
    const failing = buildSchema("type Query { boom: String coded: String }");
    const fields = failing.getQueryType()?.getFields();
    if (!fields?.boom || !fields.coded) throw new Error("fields missing");
    fields.boom.resolve = () => {
      throw new Error("plain failure"); // a driver's error, say: no extensions
    };
    fields.coded.resolve = () => {
      throw new GraphQLError("coded failure", { extensions: { code: "OURS" } });
    };
    const query = parse("{ boom coded }");
    const compiled = compileQuery(failing, query);
    if (!isCompiledQuery(compiled)) throw new Error("not compiled");
    const expected = await execute({ schema: failing, document: query });
    const actual = await compiled.query(undefined, {}, {});
    for (const [index, error] of (actual.errors ?? []).entries()) {
      expect(error.extensions).toEqual(expected.errors?.[index]?.extensions);
      expect(typeof error.extensions).toBe("object");
    }
    expect(actual.errors?.map((error) => error.extensions?.code)).toEqual([undefined, "OURS"]);
    expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
