import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertContract, insertOrganizationWithUser } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";
import { appendAudit } from "./append-audit";
import { readDataVersion, readScopeVersions } from "./data-version";

describe("data scope versions (what the response cache keys on per organization)", () => {
  let t: TestDatabase;
  let a: { organizationId: string; userId: string };
  let b: { organizationId: string; userId: string };
  const scopes = () => [`org:${a.organizationId}`, `user:${a.userId}`, `org:${b.organizationId}`, `user:${b.userId}`, "catalog"];
  beforeAll(async () => {
    t = await createTestDatabase();
    a = await insertOrganizationWithUser(t.db);
    b = await insertOrganizationWithUser(t.db);
  });
  afterAll(() => t.close());

  it("a write in organization A moves A's scope (once per transaction) and no other", async () => {
    const before = await readScopeVersions(t.db, scopes());
    await t.db.transaction().execute(async (trx) => {
      await insertContract(trx, a.organizationId, 5);
      await insertContract(trx, a.organizationId, null);
      await trx.updateTable("organizations").set({ name: "A renamed" }).where("id", "=", a.organizationId).execute();
    });
    const after = await readScopeVersions(t.db, scopes());
    expect(after[`org:${a.organizationId}`]).toBe((before[`org:${a.organizationId}`] ?? 0) + 1);
    for (const other of [`org:${b.organizationId}`, `user:${b.userId}`, `user:${a.userId}`, "catalog"]) {
      expect(after[other], other).toBe(before[other]);
    }
  });

  it("a write that concerns two organizations moves both: an outside account's link, a CSP customer's incident", async () => {
    const contractId = await insertContract(t.db, a.organizationId, 5);
    let before = await readScopeVersions(t.db, scopes());
    // B's user links A's contract: A sees the link, B's user sees the contract.
    await t.db.insertInto("contractLinks").values({ supportContractId: contractId, userId: b.userId }).execute();
    let after = await readScopeVersions(t.db, scopes());
    for (const moved of [`org:${a.organizationId}`, `org:${b.organizationId}`, `user:${b.userId}`]) {
      expect(after[moved], moved).toBe((before[moved] ?? 0) + 1);
    }
    expect(after[`user:${a.userId}`]).toBe(before[`user:${a.userId}`]);

    // A serves B as a CSP customer; an incident A files for that customer moves both.
    const customerId = randomUUID();
    await t.db
      .insertInto("cspCustomers")
      .values({
        id: customerId,
        partnerOrganizationId: a.organizationId,
        customerOrganizationId: b.organizationId,
        name: "B as customer",
        domain: `b-${customerId.slice(0, 8)}.example`,
      })
      .execute();
    const product = await t.db
      .insertInto("products")
      .values({ key: `azure-${customerId.slice(0, 8)}`, name: "Azure", family: "CLOUD", cspPlanEligible: true })
      .returning("id")
      .executeTakeFirstOrThrow();
    const version = await t.db
      .insertInto("productVersions")
      .values({ productId: product.id, name: "Current", releasedOn: "2020-01-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    before = await readScopeVersions(t.db, scopes());
    {
      await t.db
        .insertInto("incidents")
        .values({
          organizationId: a.organizationId,
          customerId,
          productVersionId: version.id,
          title: "For a customer",
          description: "d",
          severity: "C",
          contactName: "C",
          contactEmail: "c@example.com",
          planKind: "CLOUD_SOLUTION_PROVIDER",
          consumed: false,
          createdBy: a.userId,
        })
        .execute();
      after = await readScopeVersions(t.db, scopes());
      for (const moved of [`org:${a.organizationId}`, `org:${b.organizationId}`, `user:${a.userId}`]) {
        expect(after[moved], moved).toBe((before[moved] ?? 0) + 1);
      }
    }
  });

  it("audit rows move nothing, neither the scopes nor the global version", async () => {
    const before = await readScopeVersions(t.db, scopes());
    const global = await readDataVersion(t.db);
    await appendAudit(t.db, {
      requestId: "refused-request",
      actorUserId: a.userId,
      organizationId: a.organizationId,
      action: "test.refused",
      targetType: "Organization",
      outcome: "REFUSED",
    });
    expect(await readScopeVersions(t.db, scopes())).toEqual(before);
    expect(await readDataVersion(t.db)).toBe(global);
  });
});
