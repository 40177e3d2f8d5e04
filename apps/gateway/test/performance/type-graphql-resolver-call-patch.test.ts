import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * `patches/type-graphql@2.0.0-rc.4.patch` (2): a resolver without middlewares whose parameters are
 * only @Root(), @Ctx() and @Info() is called at once, without the resolverData object, middleware
 * closure and mapped parameter array type-graphql built for every call. The call must be the one
 * type-graphql made: the same resolver instance as `this`, the parameters in their index order, a
 * typed @Root() converted to its class. Anything else (a middleware, an @Arg) keeps the usual path.
 */
interface Param {
  kind: string;
  index: number;
  propertyName?: string;
  name?: string;
  getType?: () => unknown;
}
interface Metadata {
  target: new () => object;
  methodName: string;
  params: Param[];
  middlewares: unknown[];
  roles?: string[];
}
type Resolve = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
interface Build {
  createHandlerResolver(metadata: Metadata): Resolve;
}
interface Context {
  BuildContext: { reset(): void; globalMiddlewares: unknown[]; container: { getInstance: (...args: unknown[]) => unknown } };
}

const cjsIndex = createRequire(import.meta.url).resolve("type-graphql");
const load = async <T>(build: "cjs" | "esm", file: string) =>
  (await import(pathToFileURL(path.join(path.dirname(cjsIndex), `../${build}/${file}`)).href)) as T;

class Resolver {
  calls = 0;
  fields(this: Resolver, ...values: unknown[]) {
    this.calls += 1;
    return { self: this, values };
  }
}
class Row {
  id = "";
}

describe.each(["esm", "cjs"] as const)("type-graphql's resolver call, %s build", (build) => {
  let create: Build["createHandlerResolver"];
  let context: Context["BuildContext"];
  beforeEach(async () => {
    create = (await load<Build>(build, "resolvers/create.js")).createHandlerResolver;
    context = (await load<Context>(build, "schema/build-context.js")).BuildContext;
    context.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    context.reset();
  });

  const root = { id: "root" };
  const ctx = { requestId: "r" };
  const info = { fieldName: "fields" };

  it("calls a @Root/@Ctx/@Info resolver at once: one instance, parameters in index order, one container lookup", () => {
    const getInstance = vi.spyOn(context.container, "getInstance");
    const resolve = create({
      target: Resolver,
      methodName: "fields",
      params: [
        { kind: "info", index: 2 },
        { kind: "root", index: 0 },
        { kind: "context", index: 1 },
      ],
      middlewares: [],
    });
    const first = resolve(root, {}, ctx, info) as { self: Resolver; values: unknown[] };
    const second = resolve(root, {}, ctx, info) as { self: Resolver; values: unknown[] };
    expect(first.values).toEqual([root, ctx, info]);
    expect(first.values[0]).toBe(root);
    expect(second.self).toBe(first.self);
    expect(first.self).toBeInstanceOf(Resolver);
    expect(first.self.calls).toBe(2);
    expect(getInstance).toHaveBeenCalledTimes(1);
  });

  it("converts a typed @Root() to its class, as getParams does", () => {
    const resolve = create({
      target: Resolver,
      methodName: "fields",
      params: [{ kind: "root", index: 0, getType: () => Row }],
      middlewares: [],
    });
    const { values } = resolve({ id: "plain" }, {}, ctx, info) as { values: unknown[] };
    expect(values[0]).toBeInstanceOf(Row);
    expect(values[0]).toEqual(Object.assign(new Row(), { id: "plain" }));
  });

  it("keeps the usual path for a middleware and for an argument", async () => {
    const getInstance = vi.spyOn(context.container, "getInstance");
    const seen: unknown[] = [];
    const withMiddleware = create({
      target: Resolver,
      methodName: "fields",
      params: [{ kind: "root", index: 0 }],
      middlewares: [async ({ root }: { root: unknown }, next: () => Promise<unknown>) => (seen.push(root), next())],
    });
    const { values } = (await withMiddleware(root, {}, ctx, info)) as { values: unknown[] };
    expect(values).toEqual([root]);
    expect(seen).toEqual([root]);
    const withArgument = create({
      target: Resolver,
      methodName: "fields",
      params: [{ kind: "arg", index: 0, name: "first", getType: () => Number, typeOptions: {} } as Param],
      middlewares: [],
    });
    expect(((await withArgument(root, { first: 5 }, ctx, info)) as { values: unknown[] }).values).toEqual([5]);
    expect(((await withArgument(root, { first: 6 }, ctx, info)) as { values: unknown[] }).values).toEqual([6]);
    expect(getInstance).toHaveBeenCalledTimes(3); // once per call on the usual path
  });
});
