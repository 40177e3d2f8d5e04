import { topUpTpdBalance, tpdPeriod } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationWithUser } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";
import { raiseTpdBalance } from "./raise-tpd-balance";
import { withTransaction } from "./with-transaction";

describe("raiseTpdBalance", () => {
  let t: TestDatabase;
  let organizationId: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    ({ organizationId } = await insertOrganizationWithUser(t.db));
  });
  afterAll(() => t.close());

  // Each case gets its own yearly period, so cases never share a balance.
  let year = 2000;
  const nextPeriod = () => tpdPeriod(`${year++}-06-15`);
  const totalOf = async (periodStart: string) =>
    (
      await t.db
        .selectFrom("tpdBalances")
        .select("hoursTotal")
        .where("organizationId", "=", organizationId)
        .where("periodStart", "=", periodStart)
        .executeTakeFirst()
    )?.hoursTotal ?? null;

  it("leaves the total the domain's topUpTpdBalance decides, on every case", async () => {
    // Missing, smaller, equal and larger balances against entitlements below, at and above them.
    const currents = [null, 1, 10, 40];
    const entitlements = [0, 1, 9, 10, 11, 40, 60];
    const outcomes = new Set<string>();
    for (const current of currents) {
      for (const entitled of entitlements) {
        const period = nextPeriod();
        if (current !== null) await raiseTpdBalance(t.db, organizationId, period, current);
        const decision = topUpTpdBalance(current, entitled);
        outcomes.add(decision.outcome);
        // The guard is run on every positive entitlement, also where the domain would not write.
        if (entitled > 0) await raiseTpdBalance(t.db, organizationId, period, entitled);
        else await expect(raiseTpdBalance(t.db, organizationId, period, entitled)).rejects.toThrow(RangeError);
        expect(await totalOf(period.startsOn), `balance ${current}, entitled ${entitled}`).toBe(decision.hoursTotal);
      }
    }
    expect([...outcomes].sort()).toEqual(["CREATE", "KEEP", "RAISE"]);
  });

  it("keeps the larger total when a caller acts on a stale read", async () => {
    const period = nextPeriod();
    await raiseTpdBalance(t.db, organizationId, period, 10);
    const stale = topUpTpdBalance(10, 30); // RAISE to 30, decided on the old total
    await raiseTpdBalance(t.db, organizationId, period, 50); // meanwhile an upgrade to 50
    expect(stale.outcome).toBe("RAISE");
    const after = await raiseTpdBalance(t.db, organizationId, period, stale.hoursTotal as number);
    expect(after.hoursTotal).toBe(50);
  });

  it("concurrent first requests create one balance with the largest entitlement", async () => {
    const period = nextPeriod();
    const results = await Promise.all(
      [20, 40, 30, 40, 10].map((hours) => withTransaction(t.db, (trx) => raiseTpdBalance(trx, organizationId, period, hours))),
    );
    expect(results.every((row) => row.hoursTotal >= 10)).toBe(true);
    expect(await totalOf(period.startsOn)).toBe(40);
  });

  it("never touches the hours used", async () => {
    const period = nextPeriod();
    await raiseTpdBalance(t.db, organizationId, period, 10);
    await t.db.updateTable("tpdBalances").set({ hoursUsed: 7 }).where("periodStart", "=", period.startsOn).execute();
    expect(await raiseTpdBalance(t.db, organizationId, period, 20)).toMatchObject({ hoursTotal: 20, hoursUsed: 7 });
  });
});
