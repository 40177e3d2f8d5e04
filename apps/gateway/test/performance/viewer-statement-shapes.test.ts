import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoadedViewer, loadViewers } from "../../src/users/user.queries";

/** Each account loaded alone (the one-account statement). */
async function oneByOne(t: TestDatabase, ids: readonly string[]): Promise<Map<string, LoadedViewer>> {
  const loaded = new Map<string, LoadedViewer>();
  for (const id of ids) {
    const one = (await loadViewers(t.db, [id])).get(id);
    if (one) loaded.set(id, one);
  }
  return loaded;
}

/**
 * `loadViewers` reads one account with one statement and several with another (grouped: the
 * scopes and roles of the whole batch at once). A request's account and cache key must not depend
 * on who it was batched with: both give the same accounts, roles and data-version text, for
 * every kind of account (operator, no organization, no roles, contracts linked in another
 * organization, deleted), and the text moves in both when a scope the account reads moves.
 */
describe("the account statement, one account or several", () => {
  let t: TestDatabase;
  const ids = Object.values(DEMO_USERS).map((user) => user.id);
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    // The outside account (no organization) links a Fabrikam contract; Tailspin's admin loses its roles.
    await t.db
      .insertInto("contractLinks")
      .values({ supportContractId: DEMO_IDS.contracts.fabrikamCloud, userId: DEMO_USERS.outsideMsa.id, linkedAt: new Date() })
      .execute();
    await t.db.deleteFrom("userRoles").where("userId", "=", DEMO_USERS.tailspinGlobalAdmin.id).execute();
    await t.db.updateTable("users").set({ deletedAt: new Date() }).where("id", "=", DEMO_USERS.wingtipGlobalAdmin.id).execute();
  }, 120_000);
  afterAll(() => t?.close());

  it("gives every account the same row, roles and data versions", async () => {
    const together = await loadViewers(t.db, ids);
    expect(together).toEqual(await oneByOne(t, ids));
    expect(together.has(DEMO_USERS.wingtipGlobalAdmin.id)).toBe(false);
    expect(together.size).toBe(ids.length - 1);
    expect(together.get(DEMO_USERS.tailspinGlobalAdmin.id)?.viewer.roles).toEqual([]);
    expect(together.get(DEMO_USERS.operator.id)?.dataVersion).toMatch(/^all=\d+$/);
    const outside = together.get(DEMO_USERS.outsideMsa.id)?.dataVersion ?? "";
    expect(outside).toContain(`org:${DEMO_IDS.organizations.fabrikam}=`);
    expect(outside).toContain(`user:${DEMO_USERS.outsideMsa.id}=`);
    // Sorted by scope, each once: the catalog and the epoch first, as the one-account text.
    const scopes = outside.split(",").map((entry) => entry.split("=")[0] as string);
    expect(scopes).toEqual([...new Set(scopes)].sort());
  });

  it("moves in both when the organization of a linked contract writes, and only for its readers", async () => {
    const before = await loadViewers(t.db, ids);
    await t.db
      .updateTable("supportContracts")
      .set((eb) => ({ incidentsUsed: eb.ref("incidentsUsed") }))
      .where("id", "=", DEMO_IDS.contracts.fabrikamCloud)
      .execute();
    const together = await loadViewers(t.db, ids);
    expect(together).toEqual(await oneByOne(t, ids));
    const moved = ids.filter((id) => together.get(id)?.dataVersion !== before.get(id)?.dataVersion).sort();
    const fabrikamReaders = [
      DEMO_USERS.outsideMsa.id,
      ...Object.values(DEMO_USERS)
        .filter((user) => user.organization === "fabrikam")
        .map((user) => user.id),
      DEMO_USERS.operator.id, // the global version: operators read every organization
    ].sort();
    expect(moved).toEqual(fabrikamReaders);
  });
});
