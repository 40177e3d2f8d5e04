import { describe, expect, it } from "vitest";
import { ComputationsUnderWay } from "../../src/performance/computations-under-way";

describe("computations under way (the response cache's coalescing)", () => {
  it("lets one request compute an entry and the others wait for its text", async () => {
    const underWay = new ComputationsUnderWay();
    const publish = underWay.start("a");
    expect(publish).toBeTypeOf("function");
    expect(underWay.start("a"), "a second computer of the same entry").toBeUndefined();
    expect(underWay.start("b"), "another entry is independent").toBeTypeOf("function");
    const waiting = [underWay.pending("a"), underWay.pending("a")];
    publish?.('{"viewer":null}');
    expect(await Promise.all(waiting)).toEqual(['{"viewer":null}', '{"viewer":null}']);
    expect(underWay.pending("a"), "settled: the next miss computes (or hits the store)").toBeUndefined();
  });

  it("tells the waiting requests to compute their own when the answer cannot be shared, once only", async () => {
    const underWay = new ComputationsUnderWay();
    const publish = underWay.start("a") as (text: string | undefined) => void;
    const waiting = underWay.pending("a");
    publish(undefined);
    publish("late text"); // a second end (error hook, then willSendResponse) changes nothing
    expect(await waiting).toBeUndefined();
    expect(underWay.size).toBe(0);
    const next = underWay.start("a");
    expect(next).toBeTypeOf("function");
    publish(undefined); // the old computation's publish must not settle the new one
    expect(underWay.size).toBe(1);
  });
});
