import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparedQuery } from "./prepared-query";
import type { Database } from "./schema/database";
import { insertOrganizationWithUser } from "./test-fixtures";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("preparedQuery", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("builds once and answers each call with that call's values, mapped like any query (camelCase, types)", async () => {
    let builds = 0;
    const organizationWithUsers = preparedQuery<
      { id: string; minimum: number },
      { id: string; name: string; createdAt: Date; users: number },
      Database
    >((db, param) => {
      builds += 1;
      return db
        .selectFrom("organizations")
        .select((eb) => [
          "id",
          "name",
          "createdAt",
          eb
            .selectFrom("users")
            .select(eb.fn.countAll<number>().as("n"))
            .whereRef("users.organizationId", "=", "organizations.id")
            .as("users"),
        ])
        .where("id", "=", param("id"))
        .where(sql<number>`1`, ">=", param("minimum"))
        .limit(1);
    });
    const a = await insertOrganizationWithUser(t.db);
    const b = await insertOrganizationWithUser(t.db);
    const [first] = await organizationWithUsers(t.db, { id: a.organizationId, minimum: 0 });
    const [second] = await organizationWithUsers(t.db, { id: b.organizationId, minimum: 1 });
    const none = await organizationWithUsers(t.db, { id: a.organizationId, minimum: 2 });
    expect(first).toMatchObject({ id: a.organizationId, users: 1 });
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect(second?.id).toBe(b.organizationId);
    expect(none).toEqual([]);
    // inside a transaction too, with the statement built once for all of them
    await t.db.transaction().execute(async (trx) => {
      expect((await organizationWithUsers(trx, { id: b.organizationId, minimum: 0 }))[0]?.id).toBe(b.organizationId);
    });
    expect(builds).toBe(1);
  });

  it("refuses a builder that does not pass a placeholder to Kysely as a value", async () => {
    const swallowed = preparedQuery<{ id: string }, { id: string }, Database>((db, param) =>
      db
        .selectFrom("users")
        .select("id")
        .where("id", "=", String(param("id")) === "" ? "never" : "x"),
    );
    await expect(swallowed(t.db, { id: "x" })).rejects.toThrow(/"id" is not a parameter/);
  });
});
