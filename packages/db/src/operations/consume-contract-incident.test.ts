import { isContractValid } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_IDS } from "../seed/demo-ids";
import { insertContract, insertOrganizationWithUser } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";
import { consumeContractIncident, refundContractIncident, refundIncident } from "./consume-contract-incident";
import { withTransaction } from "./with-transaction";

const AS_OF = "2026-06-15";

describe("consumeContractIncident", () => {
  let t: TestDatabase;
  let organizationId: string;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: { today: "2026-11-25" } });
    ({ organizationId } = await insertOrganizationWithUser(t.db));
  });
  afterAll(() => t.close());

  const contract = (id: string) => t.db.selectFrom("supportContracts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("20 concurrent consumers, 5 remaining: exactly 5 succeed, none oversold", async () => {
    const id = await insertContract(t.db, organizationId, 5);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => withTransaction(t.db, (trx) => consumeContractIncident(trx, id, AS_OF))),
    );
    expect(outcomes.filter((row) => row !== null)).toHaveLength(5);
    const after = await contract(id);
    expect(after.incidentsRemaining).toBe(0);
    expect(after.incidentsUsed).toBe(5);
    // The successful callers saw distinct counter values: 4, 3, 2, 1, 0 remaining.
    expect(outcomes.flatMap((row) => (row ? [row.incidentsRemaining] : [])).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("takes an incident exactly when the domain says the contract is in force with incidents left", async () => {
    // The SQL guard and isContractValid must agree on every edge: before the start, the first
    // day, the last day, the end day (expired), after; none left, some left, unlimited.
    const contracts = [
      { startsOn: "2026-01-01", endsOn: "2026-12-31", incidentsTotal: 1, incidentsRemaining: 1, incidentsUsed: 0 },
      { startsOn: "2026-01-01", endsOn: "2026-12-31", incidentsTotal: 1, incidentsRemaining: 0, incidentsUsed: 1 },
      { startsOn: "2026-01-01", endsOn: "2026-12-31", incidentsTotal: null, incidentsRemaining: null, incidentsUsed: 0 },
    ];
    const dates = ["2025-12-31", "2026-01-01", "2026-06-15", "2026-12-30", "2026-12-31", "2027-01-01"];
    const outcomes = { taken: 0, refused: 0 };
    for (const terms of contracts) {
      for (const asOf of dates) {
        const id = await insertContract(t.db, organizationId, terms.incidentsTotal, terms);
        const taken = (await consumeContractIncident(t.db, id, asOf)) !== null;
        expect(taken, `${JSON.stringify(terms)} on ${asOf}`).toBe(isContractValid(terms, asOf));
        outcomes[taken ? "taken" : "refused"]++;
      }
    }
    expect(outcomes.taken).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it("a rolled-back transaction gives its incident back", async () => {
    const id = await insertContract(t.db, organizationId, 1);
    await expect(
      withTransaction(t.db, async (trx) => {
        expect(await consumeContractIncident(trx, id, AS_OF)).not.toBeNull();
        throw new Error("insert failed");
      }),
    ).rejects.toThrow("insert failed");
    expect((await contract(id)).incidentsRemaining).toBe(1);
  });

  it("an unlimited contract never runs out but counts use", async () => {
    const id = await insertContract(t.db, organizationId, null, { kind: "CLOUD" });
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, () => withTransaction(t.db, (trx) => consumeContractIncident(trx, id, AS_OF))),
    );
    expect(outcomes.every((row) => row !== null && row.incidentsRemaining === null)).toBe(true);
    const after = await contract(id);
    expect(after.incidentsUsed).toBe(25);
    expect(after.incidentsRemaining).toBeNull();
    expect(after.incidentsTotal).toBeNull();
  });

  it("refuses on the end day and before the start; accepts on the start and the last day", async () => {
    const id = await insertContract(t.db, organizationId, 10, { startsOn: "2026-01-01", endsOn: "2026-12-31" });
    expect(await consumeContractIncident(t.db, id, "2026-12-31")).toBeNull();
    expect(await consumeContractIncident(t.db, id, "2027-03-01")).toBeNull();
    expect(await consumeContractIncident(t.db, id, "2025-12-31")).toBeNull();
    expect(await consumeContractIncident(t.db, id, "2026-01-01")).not.toBeNull();
    expect(await consumeContractIncident(t.db, id, "2026-12-30")).not.toBeNull();
    expect((await contract(id)).incidentsUsed).toBe(2);
  });

  it("returns null for an unknown contract", async () => {
    expect(await consumeContractIncident(t.db, "00000000-0000-4000-8000-000000000000", AS_OF)).toBeNull();
  });

  it("refund restores one incident, but never below zero use", async () => {
    const id = await insertContract(t.db, organizationId, 2);
    await consumeContractIncident(t.db, id, AS_OF);
    await consumeContractIncident(t.db, id, AS_OF);
    expect(await consumeContractIncident(t.db, id, AS_OF)).toBeNull();
    const refunded = await refundContractIncident(t.db, id);
    expect(refunded).toMatchObject({ incidentsRemaining: 1, incidentsUsed: 1 });
    expect(await consumeContractIncident(t.db, id, AS_OF)).toMatchObject({ incidentsRemaining: 0, incidentsUsed: 2 });
    await refundContractIncident(t.db, id);
    await refundContractIncident(t.db, id);
    expect(await refundContractIncident(t.db, id)).toBeNull();
    expect(await contract(id)).toMatchObject({ incidentsRemaining: 2, incidentsUsed: 0 });
  });

  it("refund on an unlimited contract keeps it unlimited", async () => {
    const id = await insertContract(t.db, organizationId, null, { kind: "CLOUD" });
    await consumeContractIncident(t.db, id, AS_OF);
    expect(await refundContractIncident(t.db, id)).toMatchObject({ incidentsRemaining: null, incidentsUsed: 0 });
  });

  it("refundIncident refunds a withdrawn incident exactly once, even concurrently", async () => {
    const contractId = DEMO_IDS.contracts.fabrikamCloud;
    const before = await contract(contractId);
    const incident = await withTransaction(t.db, async (trx) => {
      const consumed = await consumeContractIncident(trx, contractId, "2026-11-25");
      expect(consumed).not.toBeNull();
      return trx
        .insertInto("incidents")
        .values({
          organizationId: DEMO_IDS.organizations.fabrikam,
          productVersionId: DEMO_IDS.productVersions.azureCurrent,
          planKind: "SIGNATURE_CLOUD",
          supportContractId: contractId,
          consumed: true,
          severity: "C",
          title: "t",
          description: "d",
          contactName: "n",
          contactEmail: "n@example.com",
          createdBy: DEMO_IDS.users.fabrikamGlobalAdmin,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    });
    // Not withdrawn yet: nothing to refund.
    expect(await refundIncident(t.db, incident.id)).toBeNull();
    await t.db.updateTable("incidents").set({ status: "WITHDRAWN", withdrawnAt: new Date() }).where("id", "=", incident.id).execute();
    const results = await Promise.all(Array.from({ length: 5 }, () => withTransaction(t.db, (trx) => refundIncident(trx, incident.id))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await contract(contractId)).toMatchObject({
      incidentsRemaining: before.incidentsRemaining,
      incidentsUsed: before.incidentsUsed,
    });
  });
});
