import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationWithUser } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";
import { consumeTpdHours, refundTpdHours } from "./consume-tpd-hours";
import { withTransaction } from "./with-transaction";

describe("consumeTpdHours", () => {
  let t: TestDatabase;
  let organizationId: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    ({ organizationId } = await insertOrganizationWithUser(t.db));
  });
  afterAll(() => t.close());

  const newBalance = async (periodStart: string, hoursTotal: number) => {
    await t.db
      .insertInto("tpdBalances")
      .values({ organizationId, periodStart, periodEnd: `${Number(periodStart.slice(0, 4)) + 1}-01-01`, hoursTotal })
      .execute();
  };

  it("concurrent requests never oversell the balance", async () => {
    await newBalance("2026-01-01", 20);
    // 12 callers asking for 3 hours each against 20 hours: exactly 6 succeed (18 hours).
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => withTransaction(t.db, (trx) => consumeTpdHours(trx, organizationId, "2026-01-01", 3))),
    );
    expect(outcomes.filter((row) => row !== null)).toHaveLength(6);
    const balance = await t.db
      .selectFrom("tpdBalances")
      .selectAll()
      .where("organizationId", "=", organizationId)
      .where("periodStart", "=", "2026-01-01")
      .executeTakeFirstOrThrow();
    expect(balance).toMatchObject({ hoursUsed: 18, hoursTotal: 20, periodEnd: "2027-01-01" });
    // The last 2 hours are still available, 3 are not.
    expect(await consumeTpdHours(t.db, organizationId, "2026-01-01", 3)).toBeNull();
    expect(await consumeTpdHours(t.db, organizationId, "2026-01-01", 2)).toMatchObject({ hoursUsed: 20 });
  });

  it("refund gives hours back, never more than were used", async () => {
    await newBalance("2027-01-01", 5);
    await consumeTpdHours(t.db, organizationId, "2027-01-01", 4);
    expect(await refundTpdHours(t.db, organizationId, "2027-01-01", 5)).toBeNull();
    expect(await refundTpdHours(t.db, organizationId, "2027-01-01", 4)).toMatchObject({ hoursUsed: 0 });
  });

  it("returns null for a missing balance and rejects non-positive hours", async () => {
    expect(await consumeTpdHours(t.db, organizationId, "1999-01-01", 1)).toBeNull();
    await expect(consumeTpdHours(t.db, organizationId, "2026-01-01", 0)).rejects.toThrow(RangeError);
    await expect(consumeTpdHours(t.db, organizationId, "2026-01-01", 1.5)).rejects.toThrow(RangeError);
  });
});
