import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { hitRateLimit } from "./hit-rate-limit";

describe("hitRateLimit", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("counts hits in a fixed window, concurrently, and restarts when it ends", async () => {
    const start = new Date("2026-11-25T10:00:00Z");
    const hits = await Promise.all(
      Array.from({ length: 7 }, () => hitRateLimit(t.db, { key: "link:u1", limit: 5, windowMs: 60_000, now: start })),
    );
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(hits.filter((h) => h.allowed)).toHaveLength(5);
    expect(hits[0]?.resetsAt.toISOString()).toBe("2026-11-25T10:01:00.000Z");

    const later = await hitRateLimit(t.db, { key: "link:u1", limit: 5, windowMs: 60_000, now: new Date("2026-11-25T10:01:00Z") });
    expect(later).toMatchObject({ count: 1, allowed: true });
    expect(later.windowStart.toISOString()).toBe("2026-11-25T10:01:00.000Z");

    const other = await hitRateLimit(t.db, { key: "link:u2", limit: 5, windowMs: 60_000, now: start });
    expect(other.count).toBe(1);
  });
});
