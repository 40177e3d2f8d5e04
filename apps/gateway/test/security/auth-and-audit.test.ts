/**
 * Auth cases not in http-and-auth.test.ts (a deleted user, status codes of refusals) and the
 * audit log's immutability, through the API and directly in the database.
 */
import { DEMO_USERS } from "@support-hub/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_CACHE_HEADER } from "../../src/performance/response-cache";
import { buildGatewaySchema } from "../../src/schema";
import { startTestGateway, type TestGateway } from "../support/test-gateway";
import { gid } from "./role-matrix";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

describe("authentication", () => {
  it("a valid token of a user deleted since it was issued is 401 UNAUTHENTICATED, at once", async () => {
    const token = await gateway.token("contosoHelpdesk");
    const before = await gateway.gql("{ viewer { email } }", {}, { token });
    expect(before.data?.viewer.email).toBe(DEMO_USERS.contosoHelpdesk.email);
    await gateway.database.db.updateTable("users").set({ deletedAt: new Date() }).where("id", "=", DEMO_USERS.contosoHelpdesk.id).execute();
    const after = await gateway.gql("{ viewer { email } }", {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(after.data ?? null).toBeNull();
    const mutation = await gateway.gql(
      `mutation { requestTpdEngagement(input: { kind: PRESALES, hours: 1, description: "x" }) { userErrors { code } } }`,
      {},
      { token },
    );
    expect(mutation.status).toBe(401);
    // The deleted user is not listed among the organization's users either.
    const users = await gateway.gql(
      `query ($id: ID!) { organization(id: $id) { users { nodes { email } } } }`,
      { id: gid.org("contoso") },
      {
        as: "contosoGlobalAdmin",
      },
    );
    expect(users.data?.organization.users.nodes.map((u: { email: string }) => u.email)).not.toContain(DEMO_USERS.contosoHelpdesk.email);
  });

  it("FORBIDDEN and NOT_AUTHORIZED answer HTTP 403, at the root and in a mutation", async () => {
    const forbidden = await gateway.gql(
      `mutation { upsertProduct(input: { key: "x", name: "X", family: CLOUD, isCspEligible: false, isMicrosoft365: false }) { userErrors { code } } }`,
      {},
      { as: "fabrikamGlobalAdmin" },
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const notAuthorized = await gateway.gql(`mutation { activateTechnicalBenefits { userErrors { code } } }`, {}, { as: "adatumCspAgent" });
    expect(notAuthorized.status).toBe(403);
    expect(notAuthorized.errors?.[0]?.extensions?.code).toBe("NOT_AUTHORIZED");
  });

  it("a refused nested field with the rest of the data answered is a partial success: HTTP 200 with the error", async () => {
    const response = await gateway.gql(
      "{ viewer { email organization { auditLog(first: 1) { totalCount } } } }",
      {},
      { as: "fabrikamHelpdesk" },
    );
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.data).toEqual({ viewer: { email: DEMO_USERS.fabrikamHelpdesk.email, organization: null } });
  });

  it("a FORBIDDEN root field next to an allowed one nulls the whole (non-null) data and answers 403", async () => {
    const response = await gateway.gql(`{ viewer { email } organizations { nodes { id } } }`, {}, { as: "fabrikamHelpdesk" });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // `organizations` is non-null at the root: the whole data is null, the status is the error's.
    expect(response.data ?? null).toBeNull();
    expect(response.status).toBe(403);
  });
});

describe("the audit log cannot be changed or deleted", () => {
  it("no mutation of the API writes to the audit log other than appending", async () => {
    const schema = await buildGatewaySchema();
    const names = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });

  it("UPDATE, DELETE and TRUNCATE are refused by the database itself", async () => {
    await gateway.gql(`mutation { activateTechnicalBenefits { userErrors { code } } }`, {}, { as: "contosoHelpdesk" });
    const db = gateway.database.db;
    const [entry] = await db.selectFrom("auditLog").select(["id", "action", "outcome"]).orderBy("id", "desc").limit(1).execute();
    expect(entry).toBeDefined();
    if (!entry) return;
    await expect(db.updateTable("auditLog").set({ action: "forged" }).where("id", "=", entry.id).execute()).rejects.toThrow();
    await expect(db.deleteFrom("auditLog").where("id", "=", entry.id).execute()).rejects.toThrow();
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow();
    const again = await db.selectFrom("auditLog").select(["id", "action", "outcome"]).where("id", "=", entry.id).executeTakeFirst();
    expect(again).toEqual(entry);
  });

  it("the API shows audit entries read-only: the entry read twice is identical", async () => {
    // `no-cache` makes both reads run against the database, not the response cache.
    const read = () =>
      gateway.gql(
        `{ auditLog(first: 100) { totalCount edges { node { id action outcome detail occurredAt } } } }`,
        {},
        {
          as: "operator",
          headers: { "cache-control": "no-cache" },
        },
      );
    const first = await read();
    expect(first.errors).toBeUndefined();
    expect(first.data?.auditLog.totalCount).toBeGreaterThan(0);
    const second = await read();
    expect(second.headers.get(RESPONSE_CACHE_HEADER)).toBe("miss");
    expect(second.data).toEqual(first.data);
    // Reading appends nothing: the count is the table's, before and after both reads.
    const { count } = await gateway.database.db
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(first.data?.auditLog.totalCount);
  });
});
