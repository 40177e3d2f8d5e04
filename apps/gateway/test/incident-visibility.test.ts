/**
 * Who may read an incident is one domain rule (`canReadIncident`) with a SQL twin for lists
 * (`visibleTo`). This runs both over every demo user (and a user of no organization) against
 * every incident, including ones opened by a user of another organization or of none, and
 * expects the same set.
 */
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { canReadIncident, Role } from "@support-hub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { visibleTo } from "../src/incidents/incident.queries";
import { loadViewer } from "../src/users/user.queries";

let t: TestDatabase;
let viewers: Viewer[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seed: { today: "2026-11-25" } });
  const users = await t.db.selectFrom("users").select("id").orderBy("id").execute();
  for (const user of users) {
    const loaded = await loadViewer(t.db, user.id);
    if (loaded) viewers.push(loaded.viewer);
  }
  const orgless = viewers.find((viewer) => viewer.organizationId === null);
  const withOrg = viewers.filter((viewer) => viewer.organizationId !== null && !viewer.roles.includes(Role.SUPPORT_OPERATOR));
  // Incidents of one organization opened by users of another organization and of none.
  const [template] = await t.db.selectFrom("incidents").selectAll().limit(1).execute();
  if (!template || !orgless || withOrg.length < 2) throw new Error("the demo data lacks the readers this test needs");
  const foreign = withOrg.find((viewer) => viewer.organizationId !== template.organizationId);
  const { id: _id, number: _number, createdAt: _createdAt, updatedAt: _updatedAt, ...copy } = template;
  for (const requester of [orgless, foreign]) {
    if (!requester) continue;
    await t.db
      .insertInto("incidents")
      .values({ ...copy, createdBy: requester.id, idempotencyKey: null })
      .execute();
  }
  // A reader of no organization who opened nothing, and an anonymous one, are covered by the domain tests.
  viewers = [...viewers, { ...orgless, id: "00000000-0000-4000-8000-000000000000" }];
});
afterAll(() => t?.close());

describe("incident visibility: the SQL filter agrees with the domain rule", () => {
  it("every reader sees exactly the incidents canReadIncident allows", async () => {
    const incidents = await t.db.selectFrom("incidents").select(["id", "organizationId", "createdBy"]).orderBy("id").execute();
    expect(incidents.length).toBeGreaterThan(3);
    const kinds = new Set<string>();
    for (const viewer of viewers) {
      const expected = incidents.filter((incident) => canReadIncident(viewer, incident)).map((incident) => incident.id);
      const rows = await t.db.selectFrom("incidents").select("id").where(visibleTo(viewer)).orderBy("id").execute();
      expect(
        rows.map((row) => row.id),
        viewer.email,
      ).toEqual(expected);
      kinds.add(expected.length === 0 ? "none" : expected.length === incidents.length ? "all" : "some");
    }
    // The cases are not degenerate: some readers see all, some a part, some none.
    expect([...kinds].sort()).toEqual(["all", "none", "some"]);
  });
});
