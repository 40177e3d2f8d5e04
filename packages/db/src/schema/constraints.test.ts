import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "../operations/append-audit";
import { DEMO_IDS, DEMO_USERS } from "../seed/demo-ids";
import { insertContract, insertOrganizationWithUser, SQLSTATE, sqlState } from "../test-fixtures";
import { createTestDatabase, type TestDatabase } from "../testing";

describe("constraints", () => {
  let t: TestDatabase;
  let organizationId: string;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: { today: "2026-11-25" } });
    ({ organizationId, userId } = await insertOrganizationWithUser(t.db));
  });
  afterAll(() => t.close());

  describe("support_contracts", () => {
    it("refuses negative remaining incidents", async () => {
      const id = await insertContract(t.db, organizationId, 3);
      expect(
        await sqlState(
          t.db.updateTable("supportContracts").set({ incidentsRemaining: -1, incidentsUsed: 4 }).where("id", "=", id).execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses remaining without total and the reverse", async () => {
      expect(await sqlState(insertContract(t.db, organizationId, 5, { incidentsRemaining: null }))).toBe(SQLSTATE.CHECK_VIOLATION);
      expect(await sqlState(insertContract(t.db, organizationId, null, { incidentsRemaining: 5 }))).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses counters that do not add up to the total", async () => {
      expect(await sqlState(insertContract(t.db, organizationId, 5, { incidentsRemaining: 5, incidentsUsed: 1 }))).toBe(
        SQLSTATE.CHECK_VIOLATION,
      );
    });

    it("refuses an end before the start and unknown kinds", async () => {
      expect(await sqlState(insertContract(t.db, organizationId, 5, { endsOn: "2026-01-01" }))).toBe(SQLSTATE.CHECK_VIOLATION);
      // biome-ignore lint/suspicious/noExplicitAny: deliberately outside the vocabulary.
      expect(await sqlState(insertContract(t.db, organizationId, 5, { kind: "HYBRID" as any }))).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses an unknown organization (FK)", async () => {
      expect(await sqlState(insertContract(t.db, randomUUID(), 5))).toBe(SQLSTATE.FOREIGN_KEY_VIOLATION);
    });
  });

  describe("contract_links", () => {
    it("refuses linking the same account to the same contract twice", async () => {
      const contractId = await insertContract(t.db, organizationId, 5);
      await t.db.insertInto("contractLinks").values({ supportContractId: contractId, userId }).execute();
      expect(await sqlState(t.db.insertInto("contractLinks").values({ supportContractId: contractId, userId }).execute())).toBe(
        SQLSTATE.UNIQUE_VIOLATION,
      );
    });

    it("refuses unknown users and contracts (FK)", async () => {
      const contractId = await insertContract(t.db, organizationId, 5);
      expect(
        await sqlState(t.db.insertInto("contractLinks").values({ supportContractId: contractId, userId: randomUUID() }).execute()),
      ).toBe(SQLSTATE.FOREIGN_KEY_VIOLATION);
      expect(await sqlState(t.db.insertInto("contractLinks").values({ supportContractId: randomUUID(), userId }).execute())).toBe(
        SQLSTATE.FOREIGN_KEY_VIOLATION,
      );
    });
  });

  describe("users", () => {
    it("refuses a mixed-case email, a duplicate email and an AAD account without organization", async () => {
      const base = { displayName: "X", accountKind: "AAD" as const, organizationId };
      expect(
        await sqlState(
          t.db
            .insertInto("users")
            .values({ ...base, email: "Mixed@Case.example" })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
      expect(
        await sqlState(
          t.db
            .insertInto("users")
            .values({ ...base, email: DEMO_USERS.contosoGlobalAdmin.email })
            .execute(),
        ),
      ).toBe(SQLSTATE.UNIQUE_VIOLATION);
      expect(
        await sqlState(
          t.db
            .insertInto("users")
            .values({ ...base, email: "nobody@aad.example", organizationId: null })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses roles outside the vocabulary", async () => {
      expect(
        // biome-ignore lint/suspicious/noExplicitAny: deliberately outside the vocabulary.
        await sqlState(
          t.db
            .insertInto("userRoles")
            .values({ userId, role: "SUPERUSER" as any })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });
  });

  describe("membership_offers and csp_customers", () => {
    it("refuses an offer ending before it starts and Silver without competency", async () => {
      const offer = { organizationId, level: "SILVER" as const, competency: "Data Platform", startsOn: "2026-01-01", endsOn: "2027-01-01" };
      expect(
        await sqlState(
          t.db
            .insertInto("membershipOffers")
            .values({ ...offer, endsOn: "2026-01-01" })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
      expect(
        await sqlState(
          t.db
            .insertInto("membershipOffers")
            .values({ ...offer, competency: null })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses a partner being its own CSP customer", async () => {
      expect(
        await sqlState(
          t.db
            .insertInto("cspCustomers")
            .values({ partnerOrganizationId: organizationId, customerOrganizationId: organizationId, name: "Self", domain: "self.example" })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });
  });

  describe("incidents", () => {
    const incident = () => ({
      organizationId: DEMO_IDS.organizations.fabrikam,
      productVersionId: DEMO_IDS.productVersions.windowsServer2022,
      planKind: "PRODUCT_SUPPORT" as const,
      supportContractId: DEMO_IDS.contracts.fabrikamOnPremises,
      consumed: true,
      severity: "C" as const,
      title: "t",
      description: "d",
      contactName: "n",
      contactEmail: "n@example.com",
      createdBy: DEMO_USERS.fabrikamGlobalAdmin.id,
    });

    it("numbers new incidents from the sequence, after the demo range", async () => {
      const row = await t.db.insertInto("incidents").values(incident()).returning("number").executeTakeFirstOrThrow();
      expect(row.number).toBeGreaterThanOrEqual(1001);
      expect(typeof row.number).toBe("number");
    });

    it("refuses a duplicate idempotency key of the same creator", async () => {
      await t.db
        .insertInto("incidents")
        .values({ ...incident(), idempotencyKey: "k-1" })
        .execute();
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...incident(), idempotencyKey: "k-1" })
            .execute(),
        ),
      ).toBe(SQLSTATE.UNIQUE_VIOLATION);
    });

    it("lets a Microsoft 365 incident name the cloud contract (or, as older ones, none), never a CSP one", async () => {
      const m365 = {
        ...incident(),
        productVersionId: DEMO_IDS.productVersions.microsoft365Current,
        planKind: "MICROSOFT_365" as const,
        supportContractId: DEMO_IDS.contracts.fabrikamCloud,
      };
      await t.db.insertInto("incidents").values(m365).execute();
      await t.db
        .insertInto("incidents")
        .values({ ...m365, supportContractId: null, consumed: false })
        .execute();
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...m365, planKind: "CLOUD_SOLUTION_PROVIDER", consumed: false })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses a fingerprint without a key", async () => {
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...incident(), idempotencyFingerprint: "f" })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });

    it("refuses a customer of another partner (composite FK)", async () => {
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...incident(), customerId: DEMO_IDS.cspCustomers.contosoLitware })
            .execute(),
        ),
      ).toBe(SQLSTATE.FOREIGN_KEY_VIOLATION);
    });

    it("refuses a contract plan without contract, and a refund of an open incident", async () => {
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...incident(), supportContractId: null, consumed: false })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
      expect(
        await sqlState(
          t.db
            .insertInto("incidents")
            .values({ ...incident(), refunded: true })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });
  });

  describe("tpd_balances", () => {
    it("refuses using more hours than the total, and negative use", async () => {
      const balance = { organizationId, periodStart: "2030-01-01", periodEnd: "2031-01-01", hoursTotal: 5 };
      expect(
        await sqlState(
          t.db
            .insertInto("tpdBalances")
            .values({ ...balance, hoursUsed: 6 })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
      expect(
        await sqlState(
          t.db
            .insertInto("tpdBalances")
            .values({ ...balance, hoursUsed: -1 })
            .execute(),
        ),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });
  });

  describe("audit_log", () => {
    it("stores entries and reads detail back unchanged (nested keys untouched)", async () => {
      const entry = await appendAudit(t.db, {
        requestId: "req-1",
        actorUserId: userId,
        organizationId,
        action: "benefits.activate",
        targetType: "organization",
        targetId: organizationId,
        outcome: "SUCCEEDED",
        detail: { access_id: "A", nested: { some_key: [1, "two"] } },
      });
      expect(typeof entry.id).toBe("number");
      expect(entry.occurredAt).toBeInstanceOf(Date);
      expect(entry.detail).toEqual({ access_id: "A", nested: { some_key: [1, "two"] } });
    });

    it("is append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
      const entry = await appendAudit(t.db, { requestId: "req-2", action: "x", targetType: "y", outcome: "DENIED" });
      expect(await sqlState(sql`update audit_log set action = 'changed' where id = ${entry.id}`.execute(t.db))).toBe(
        SQLSTATE.INSUFFICIENT_PRIVILEGE,
      );
      expect(await sqlState(t.db.deleteFrom("auditLog").where("id", "=", entry.id).execute())).toBe(SQLSTATE.INSUFFICIENT_PRIVILEGE);
      expect(await sqlState(sql`truncate audit_log`.execute(t.db))).toBe(SQLSTATE.INSUFFICIENT_PRIVILEGE);
      const still = await t.db.selectFrom("auditLog").select("action").where("id", "=", entry.id).executeTakeFirstOrThrow();
      expect(still.action).toBe("x");
    });

    it("refuses unknown outcomes", async () => {
      expect(
        // biome-ignore lint/suspicious/noExplicitAny: deliberately outside the vocabulary.
        await sqlState(appendAudit(t.db, { requestId: "r", action: "x", targetType: "y", outcome: "MAYBE" as any })),
      ).toBe(SQLSTATE.CHECK_VIOLATION);
    });
  });
});
