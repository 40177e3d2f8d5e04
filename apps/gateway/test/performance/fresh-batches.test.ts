import { describe, expect, it } from "vitest";
import { FreshBatches } from "../../src/performance/fresh-batches";

/** A fetch whose calls the test answers by hand, recording the keys of each and the "data" it read. */
function manualFetch() {
  const calls: { keys: string[]; readAt: number; answer: (values?: Map<string, string>) => void; fail: (error: Error) => void }[] = [];
  let version = 0;
  const fetch = (keys: string[]) =>
    new Promise<Map<string, string>>((resolve, reject) => {
      const readAt = version; // what the database holds when the statement is sent
      calls.push({
        keys,
        readAt,
        answer: (values) => resolve(values ?? new Map(keys.map((key) => [key, `${key}@${readAt}`]))),
        fail: reject,
      });
    });
  return { calls, fetch, commit: () => ++version };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("FreshBatches", () => {
  it("sends a lone caller's fetch at once, with its key alone", async () => {
    const { calls, fetch } = manualFetch();
    const batches = new FreshBatches(fetch);
    const value = batches.load("a");
    expect(calls.map((call) => call.keys)).toEqual([["a"]]);
    calls[0]?.answer();
    expect(await value).toBe("a@0");
  });

  it("serves the callers that came during a fetch with one next fetch, each its own value, a repeated key once", async () => {
    const { calls, fetch } = manualFetch();
    const batches = new FreshBatches(fetch);
    const first = batches.load("a");
    const queued = [batches.load("b"), batches.load("c"), batches.load("b")];
    expect(calls).toHaveLength(1);
    calls[0]?.answer();
    await first;
    await settle();
    expect(calls.map((call) => call.keys)).toEqual([["a"], ["b", "c"]]);
    calls[1]?.answer();
    expect(await Promise.all(queued)).toEqual(["b@0", "c@0", "b@0"]);
  });

  it("never answers a caller from a fetch sent before it asked: a commit it saw is in its answer", async () => {
    const { calls, fetch, commit } = manualFetch();
    const batches = new FreshBatches(fetch);
    const early = batches.load("a"); // its fetch reads version 0
    commit(); // e.g. a role revoked; then a second request for the same account arrives
    const late = batches.load("a");
    calls[0]?.answer();
    expect(await early).toBe("a@0");
    await settle();
    expect(calls).toHaveLength(2);
    calls[1]?.answer();
    expect(await late).toBe("a@1");
  });

  it("answers undefined for a key the fetch did not find", async () => {
    const { calls, fetch } = manualFetch();
    const batches = new FreshBatches(fetch);
    const missing = batches.load("gone");
    calls[0]?.answer(new Map());
    expect(await missing).toBeUndefined();
  });

  it("a failed fetch rejects the callers it served, with its error, and the next fetch goes on", async () => {
    const { calls, fetch } = manualFetch();
    const batches = new FreshBatches(fetch);
    const failing = batches.load("a");
    const next = batches.load("b");
    const outage = new Error("database unavailable");
    calls[0]?.fail(outage);
    await expect(failing).rejects.toBe(outage);
    await settle();
    calls[1]?.answer();
    expect(await next).toBe("b@0");
    // Idle again: the next caller's fetch goes at once.
    const later = batches.load("c");
    expect(calls).toHaveLength(3);
    calls[2]?.answer();
    expect(await later).toBe("c@0");
  });

  it("a fetch that throws before returning a promise fails its callers only", async () => {
    let calls = 0;
    const batches = new FreshBatches<string, string>((keys) => {
      calls += 1;
      if (calls === 1) throw new Error("bad statement");
      return Promise.resolve(new Map(keys.map((key) => [key, key])));
    });
    await expect(batches.load("a")).rejects.toThrow("bad statement");
    expect(await batches.load("b")).toBe("b");
  });

  it("sends at most maxBatch keys a fetch, the rest in the fetches after it", async () => {
    const { calls, fetch } = manualFetch();
    const batches = new FreshBatches(fetch, 2);
    const all = ["a", "b", "c", "d", "e"].map((key) => batches.load(key));
    for (let i = 0; i < 3; i++) {
      calls[i]?.answer();
      await settle();
    }
    expect(calls.map((call) => call.keys)).toEqual([["a"], ["b", "c"], ["d", "e"]]);
    expect(await Promise.all(all)).toEqual(["a@0", "b@0", "c@0", "d@0", "e@0"]);
  });
});
