import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import type { Role } from "@support-hub/domain";
import type { ResolveTree } from "graphql-parse-resolve-info";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config";
import type { GatewayContext } from "../../src/context";
import { pageColumnsFor } from "../../src/incidents/incident-columns";
import { listIncidents } from "../../src/incidents/incident.queries";
import { createLoaders } from "../../src/loaders";
import { ORGANIZATION_CHILDREN, activation } from "../../src/prefetch/organization-children";
import { childColumns, primeOrganizations } from "../../src/prefetch/organization-prefetch";
import { findReadableIncidentWithRelated } from "../../src/prefetch/incident-related";
import { countingDb } from "../../src/performance/sql-statements";
import { startTestGateway, TEST_TODAY, type TestGateway } from "../support/test-gateway";

// A prefetched row (nested as JSON by PostgreSQL, decoded by prefetch/json-rows.ts) must equal
// the row its loader fetches: same keys, Dates for timestamps (microseconds cut the same way),
// 'YYYY-MM-DD' for dates, numbers for bigints. On PGlite, and on PostgreSQL with DATABASE_URL.

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  const { db } = gateway.database;
  // Nullable timestamps with microseconds, so their conversion is compared too.
  await db
    .updateTable("membershipOffers")
    .set({ revokedAt: sql`now() - interval '1.234567 second'` })
    .where("organizationId", "=", DEMO_IDS.organizations.fabrikam)
    .execute();
  await db
    .updateTable("incidents")
    .set({ status: "RESOLVED", resolvedAt: sql`now() + interval '0.000999 second'` })
    .where("organizationId", "=", DEMO_IDS.organizations.fabrikam)
    .where("refunded", "=", false)
    .execute();
  await db.updateTable("users").set({ deletedAt: sql`now()` }).where("id", "=", DEMO_USERS.fabrikamHelpdesk.id).execute();
}, 180_000);
afterAll(() => gateway?.stop());

function contextOf(): GatewayContext {
  const { db } = gateway.database;
  const viewer = { ...DEMO_USERS.operator, organizationId: null, roles: ["SUPPORT_OPERATOR" as Role] };
  return { db, sharedDb: db, viewer, loaders: createLoaders(db), limits: DEFAULT_LIMITS, today: TEST_TODAY } as unknown as GatewayContext;
}

/** A context whose database (its loaders' too) counts the statements it runs. */
function countingContextOf() {
  const { db, counter } = countingDb(gateway.database.db);
  const ctx = contextOf();
  // Statements shared between requests run on `sharedDb` and count through `sqlStatements`.
  Object.assign(ctx, { db, loaders: createLoaders(db), sqlStatements: counter });
  return { ctx, counter };
}

const field = (name: string, args: ResolveTree["args"] = {}, fieldsByTypeName: ResolveTree["fieldsByTypeName"] = {}): ResolveTree => ({
  name,
  alias: name,
  args,
  fieldsByTypeName,
});
/** `users(first: 2) { totalCount nodes { roles } }` (and the same shape for customers). */
const connection = (name: string, type: string, node: string, nodeFields: string[]) =>
  field(
    name,
    { first: 2 },
    {
      [type]: {
        totalCount: field("totalCount"),
        nodes: field("nodes", {}, { [node]: Object.fromEntries(nodeFields.map((f) => [f, field(f)])) }),
      },
    },
  );

/**
 * `incidents(first: 100) { nodes { <every field that reads a column> productVersion { ... } createdBy { ... } } }`:
 * the page's rows hold every column they serve. `version` and `creator` select under the product
 * version and the creator: a field they do not know makes the page read (and prime) their whole rows.
 */
const incidentPageSelecting = (version: string[], creator: string[], extra: string[] = []) =>
  field(
    "incidents",
    { first: 100 },
    {
      SupportIncidentConnection: {
        nodes: field(
          "nodes",
          {},
          {
            SupportIncident: {
              ...Object.fromEntries(
                ["number", "title", "description", "severity", "status", "planKind", "wasConsumed", "isRefunded", "contact"]
                  .concat(["createdAt", "updatedAt", "resolvedAt", "withdrawnAt"], extra)
                  .map((name) => [name, field(name)]),
              ),
              productVersion: field("productVersion", {}, { ProductVersion: Object.fromEntries(version.map((f) => [f, field(f)])) }),
              createdBy: field("createdBy", {}, { User: Object.fromEntries(creator.map((f) => [f, field(f)])) }),
            },
          },
        ),
      },
    },
  );
const incidentPage = incidentPageSelecting(["someNewField"], ["someNewField"]);
const slimIncidentPage = incidentPageSelecting(["name"], ["displayName"]);
/** An incident field the page does not know: whole incident rows (nested as JSON objects, not tuples). */
const wholeIncidentPage = incidentPageSelecting(["name"], ["displayName"], ["someNewField"]);

describe("prefetched rows equal loader-fetched rows", () => {
  it("for organizations, offers, activations, contracts and incident pages (with product versions and creators)", async () => {
    const organizationIds = (await gateway.database.db.selectFrom("organizations").select("id").execute()).map((row) => row.id);
    expect(organizationIds.length).toBeGreaterThan(2);
    const planned = [
      { alias: "prefetch0", field: field("membershipOffers"), prefetch: ORGANIZATION_CHILDREN.membershipOffers?.[0] },
      { alias: "prefetch1", field: field("supportContracts"), prefetch: ORGANIZATION_CHILDREN.supportContracts?.[0] },
      { alias: "prefetch2", field: field("benefits"), prefetch: activation },
      { alias: "prefetch3", field: incidentPage, prefetch: ORGANIZATION_CHILDREN.incidents?.[0] },
      { alias: "prefetch4", field: slimIncidentPage, prefetch: ORGANIZATION_CHILDREN.incidents?.[0] },
      { alias: "prefetch5", field: wholeIncidentPage, prefetch: ORGANIZATION_CHILDREN.incidents?.[0] },
      ...(ORGANIZATION_CHILDREN.users ?? []).map((prefetch, i) => ({
        alias: `users${i}`,
        field: connection("users", "UserConnection", "User", ["roles"]),
        prefetch,
      })),
      ...(ORGANIZATION_CHILDREN.customers ?? []).map((prefetch, i) => ({
        alias: `customers${i}`,
        field: connection("customers", "CspCustomerConnection", "CspCustomer", ["name"]),
        prefetch,
      })),
    ].map((child) => ({ ...child, prefetch: child.prefetch ?? expect.fail("no prefetch registered") }));

    const { ctx: prefetched, counter: statements } = countingContextOf();
    const rows = await prefetched.db
      .selectFrom("organizations")
      .selectAll("organizations")
      .select(childColumns(prefetched, planned))
      .where("organizations.id", "in", organizationIds)
      .execute();
    primeOrganizations(prefetched, planned, rows as Record<string, unknown>[]);
    expect(prefetched.loaders.prefetchedPages.size).toBe(3 * organizationIds.length);

    const fetched = contextOf();
    let compared = 0;
    let slimPreloaded = 0;
    for (const id of organizationIds) {
      for (const name of [
        "organization",
        "offersOfOrganization",
        "contractsOfOrganization",
        "activationOfOrganization",
        "userCountOfOrganization",
        "customerCountOfOrganization",
      ] as const) {
        const expected = await fetched.loaders[name].load(id);
        const actual = await prefetched.loaders[name].load(id);
        expect(actual, `${name} ${id}`).toEqual(expected);
        compared += Array.isArray(expected) ? expected.length : expected ? 1 : 0;
      }
      const page = { parentId: id, first: 2, after: null };
      const users = await fetched.loaders.usersPageOfOrganization.load(page);
      expect(await prefetched.loaders.usersPageOfOrganization.load(page)).toEqual(users);
      for (const user of users) {
        expect(await prefetched.loaders.rolesOfUser.load(user.id)).toEqual(await fetched.loaders.rolesOfUser.load(user.id));
      }
      const customers = await fetched.loaders.customersPageOfOrganization.load(page);
      expect(await prefetched.loaders.customersPageOfOrganization.load(page)).toEqual(customers);
      compared += users.length + customers.length;
      const pageOf = async (page: ResolveTree) => {
        const args = { first: 100, after: null, filter: null, orderBy: null, organizationId: id, ...pageColumnsFor(page) };
        const { countTotal: _a, ...expected } = await listIncidents(fetched, fetched.viewer as never, args);
        statements.count = 0;
        const { countTotal: _b, ...actual } = await listIncidents(prefetched, prefetched.viewer as never, args);
        expect(statements.count, "the page was prefetched").toBe(0);
        // Equal down to the product versions and creators handed to each incident.
        expect(actual).toEqual(expected);
        return expected;
      };
      const slim = await pageOf(slimIncidentPage);
      slimPreloaded += slim.edges.filter(
        (edge) => edge.node.preloaded?.productVersion?.name && edge.node.preloaded.createdBy?.displayName,
      ).length;
      const whole = await pageOf(wholeIncidentPage);
      expect(whole.edges.every((edge) => typeof edge.node.description === "string")).toBe(true);
      const expected = await pageOf(incidentPage);
      compared += expected.edges.length + slim.edges.length + whole.edges.length;
      // Whole rows prime the loaders: the product versions and creators are the loaders' rows, no statement.
      statements.count = 0;
      for (const edge of expected.edges) {
        const incident = edge.node;
        expect(await prefetched.loaders.productVersion.load(incident.productVersionLocalId)).toEqual(
          await fetched.loaders.productVersion.load(incident.productVersionLocalId),
        );
        expect(await prefetched.loaders.user.load(incident.createdByLocalId)).toEqual(
          await fetched.loaders.user.load(incident.createdByLocalId),
        );
      }
      expect(statements.count).toBe(0);
    }
    expect(compared).toBeGreaterThan(20);
    expect(slimPreloaded, "slim pages hand their incidents the version's name and the creator's display name").toBeGreaterThan(5);
  });

  it("for an incident's product version, product, creator and customer (the incident node)", async () => {
    const incidents = await gateway.database.db.selectFrom("incidents").selectAll().execute();
    expect(incidents.some((incident) => incident.customerId !== null)).toBe(true);
    for (const expected of incidents) {
      const { ctx: prefetched, counter: statements } = countingContextOf();
      const fetched = contextOf();
      expect((await findReadableIncidentWithRelated(prefetched, expected.id))?.incident).toEqual(expected);
      expect(statements.count).toBe(1);
      statements.count = 0;
      expect(await prefetched.loaders.productVersion.load(expected.productVersionId)).toEqual(
        await fetched.loaders.productVersion.load(expected.productVersionId),
      );
      const version = await fetched.loaders.productVersion.load(expected.productVersionId);
      expect(await prefetched.loaders.product.load(version?.productId ?? "")).toEqual(
        await fetched.loaders.product.load(version?.productId ?? ""),
      );
      expect(await prefetched.loaders.user.load(expected.createdBy)).toEqual(await fetched.loaders.user.load(expected.createdBy));
      if (expected.customerId) {
        expect(await prefetched.loaders.cspCustomer.load(expected.customerId)).toEqual(
          await fetched.loaders.cspCustomer.load(expected.customerId),
        );
      }
      // Every one of them was primed: no statement ran for them.
      expect(statements.count).toBe(0);
    }
  });
});
