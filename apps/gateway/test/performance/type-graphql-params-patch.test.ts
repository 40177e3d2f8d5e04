import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * `patches/type-graphql@2.0.0-rc.4.patch`: type-graphql sorted the parameter list of a resolver
 * (`params.sort(...)`) on every call of every field resolver, and `Array#sort` allocates a work
 * array each time, even for a sorted list: 91 KB per 50-incident dashboard. It now sorts only a
 * list that is out of order (the first call sorts it in place, as before). Both builds are patched.
 */
type GetParams = (params: { kind: string; index: number }[], data: { root: unknown; context: unknown }) => unknown[];
const cjsIndex = createRequire(import.meta.url).resolve("type-graphql");
const helpersOf = async (build: "cjs" | "esm") =>
  (await import(pathToFileURL(path.join(path.dirname(cjsIndex), `../${build}/resolvers/helpers.js`)).href)) as { getParams: GetParams };

describe.each(["esm", "cjs"] as const)("type-graphql's getParams, %s build", (build) => {
  afterEach(() => vi.restoreAllMocks());
  const data = { root: { id: "root" }, context: { id: "context" } };

  it("takes a sorted parameter list as it is: no sort, the values in order", async () => {
    const { getParams } = await helpersOf(build);
    const sort = vi.spyOn(Array.prototype, "sort");
    const params = [
      { kind: "context", index: 0 },
      { kind: "root", index: 1 },
    ];
    expect(getParams(params, data)).toEqual([data.context, data.root]);
    expect(sort).not.toHaveBeenCalled();
  });

  it("still sorts a list out of order, once: it stays sorted", async () => {
    const { getParams } = await helpersOf(build);
    const sort = vi.spyOn(Array.prototype, "sort");
    const params = [
      { kind: "root", index: 1 },
      { kind: "context", index: 0 },
    ];
    expect(getParams(params, data)).toEqual([data.context, data.root]);
    expect(getParams(params, data)).toEqual([data.context, data.root]);
    expect(sort).toHaveBeenCalledTimes(1);
    expect(params.map((param) => param.index)).toEqual([0, 1]);
  });
});
