import v8 from "node:v8";
import vm from "node:vm";
import { buildSchema, graphqlSync } from "graphql";
import { describe, expect, it } from "vitest";
import { ResponseStore } from "../../src/performance/response-store";

// Results as graphql-js builds them (null-prototype objects, one per field set): the shape the
// response cache receives from Apollo, and the one whose heap size is far above its JSON length.
const schema = buildSchema(`
  type Query { incidents(page: Int!): [Incident!]! }
  type Incident { id: ID! number: String! title: String! status: String! createdAt: String! createdBy: User! }
  type User { id: ID! displayName: String! }
`);
function dashboardResult(page: number): Record<string, unknown> {
  const incidents = Array.from({ length: 50 }, (_, n) => ({
    id: `SW5jaWRlbnQ6${page}-${n}`,
    number: `SR-${page * 50 + n}`,
    title: `Generated incident ${page}-${n}`,
    status: n % 4 ? "RESOLVED" : "OPEN",
    createdAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    createdBy: { id: `user-${n % 3}`, displayName: `Bench Admin ${n % 3}` },
  }));
  const result = graphqlSync({
    schema,
    source: "query ($page: Int!) { incidents(page: $page) { id number title status createdAt createdBy { id displayName } } }",
    rootValue: { incidents: () => incidents },
    variableValues: { page },
  });
  return result.data as Record<string, unknown>;
}

function collectGarbage(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

describe("ResponseStore (the response cache's memory)", () => {
  it("holds at most its budget in heap, counted in real memory, not JSON characters", () => {
    const gc = collectGarbage();
    const budget = 4 * 1024 * 1024;
    gc();
    const before = process.memoryUsage().heapUsed;
    const store = new ResponseStore(budget);
    let offered = 0;
    for (let page = 0; offered < 2 * budget; page++) {
      const data = dashboardResult(page);
      offered += JSON.stringify(data).length;
      store.set("viewer", "v1", `key-${page}`, data);
    }
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect(store.bytes).toBeLessThanOrEqual(budget);
    expect(store.bytes).toBeGreaterThan(budget / 2);
    // Kept as objects, the same entries took about 4x their JSON length (17 MB for a 4 MB budget).
    expect(held).toBeLessThan(1.5 * budget);
    expect(store.get("viewer", "v1", "key-0")).toBeUndefined(); // the oldest went first
  });

  it("answers what it stored, equal to the original", () => {
    const store = new ResponseStore(1024 * 1024);
    const data = dashboardResult(7);
    store.set("viewer", "v3", "k", data);
    expect(store.get("viewer", "v3", "k")).toBe(JSON.stringify(data));
  });

  it("an answer computed again keeps one entry: the same text when equal, the new one when it changed", () => {
    const store = new ResponseStore(1024 * 1024);
    const first = store.set("viewer", "v3", "k", dashboardResult(7));
    const bytes = store.bytes;
    expect(store.set("viewer", "v3", "k", dashboardResult(7))).toBe(first);
    expect([store.entries, store.bytes]).toEqual([1, bytes]);
    const changed = store.set("viewer", "v3", "k", dashboardResult(8));
    expect(changed).not.toBe(first);
    expect(store.get("viewer", "v3", "k")).toBe(changed);
    expect(changed).toBe(JSON.stringify(dashboardResult(8)));
    expect(store.entries).toBe(1);
  });

  it("drops a viewer's entries of older data versions once newer ones are stored, and only that viewer's", () => {
    const store = new ResponseStore(1024 * 1024);
    store.set("a", "org:1=5", "q1", { n: 1 });
    store.set("a", "org:1=5", "q2", { n: 2 });
    store.set("b", "org:2=7", "q1", { n: 3 });
    expect(store.entries).toBe(3);
    store.set("a", "org:1=6", "q3", { n: 4 });
    expect(store.entries).toBe(2);
    expect(store.get("a", "org:1=5", "q1")).toBeUndefined();
    expect(store.get("a", "org:1=6", "q1")).toBeUndefined(); // never computed at these versions
    expect(store.get("a", "org:1=6", "q3")).toBe(JSON.stringify({ n: 4 }));
    expect(store.get("b", "org:2=7", "q1")).toBe(JSON.stringify({ n: 3 }));
    expect(store.get("b", "org:2=8", "q1")).toBeUndefined();
  });

  it("answers only at the exact versions an entry was computed at, even when a late request stored older ones", () => {
    const store = new ResponseStore(1024 * 1024);
    store.set("a", "v6", "q", { n: 6 });
    store.set("a", "v5", "q", { n: 5 }); // computed before a write, finished after it
    expect(store.get("a", "v6", "q")).toBeUndefined();
    expect(store.get("a", "v5", "q")).toBe(JSON.stringify({ n: 5 }));
    store.set("a", "v6", "q", { n: 6 });
    store.set("a", "v6", "q", { n: 66 }); // replaced at the same versions: still tracked, still dropped later
    store.set("a", "v7", "other", { n: 7 });
    expect(store.get("a", "v6", "q")).toBeUndefined();
    expect(store.entries).toBe(1);
  });

  it("counts text outside Latin-1 at two bytes a character", () => {
    const store = new ResponseStore(1024 * 1024);
    store.set("viewer", "v1", "k", { title: "€".repeat(1000) });
    expect(store.bytes).toBeGreaterThanOrEqual(2000);
  });
});
