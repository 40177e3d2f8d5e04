import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_CACHE_HEADER } from "../../src/performance/response-cache";
import { toGlobalId } from "../../src/relay/global-id";
import { holdTable } from "../support/hold-database";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

const DASHBOARD = `query Dashboard($first: Int!) {
  viewer {
    id email roles
    organization {
      id name
      supportContracts { id remainingIncidentCount }
      incidents(first: $first) { edges { node { id title productVersion { name } createdBy { displayName } } } }
    }
  }
}`;
const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { incident { id title } userErrors { code message } }
}`;
const ORG_AUDIT = `query ($id: ID!) { organization(id: $id) { auditLog(first: 5) { totalCount } } }`;

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ env: { REPORT_SQL_STATEMENTS: "true" } });
});
afterAll(() => gateway?.stop());

const cacheHeader = (response: { headers: Headers }) => response.headers.get(RESPONSE_CACHE_HEADER);

async function dashboard(as: "fabrikamGlobalAdmin" | "fabrikamHelpdesk" | "contosoGlobalAdmin" = "fabrikamGlobalAdmin") {
  const response = await gateway.gql(DASHBOARD, { first: 5 }, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response;
}

describe("response cache", () => {
  it("answers a repeated query from memory: same body, at most one statement (the viewer and the data version)", async () => {
    const first = await dashboard();
    expect(cacheHeader(first)).toBe("miss");
    expect(first.extensions?.sqlStatements).toBeGreaterThan(1);
    const second = await dashboard();
    expect(cacheHeader(second)).toBe("hit");
    expect(second.data).toEqual(first.data);
    // PGlite knows its data version without a query and keeps the account loaded: no SQL at all.
    expect(second.extensions?.sqlStatements).toBe(gateway.database.kind === "pglite" ? 0 : 1);
  });

  it("computes afresh when asked with Cache-Control: no-cache", async () => {
    await dashboard();
    const fresh = await gateway.gql(DASHBOARD, { first: 5 }, { as: "fabrikamGlobalAdmin", headers: { "cache-control": "no-cache" } });
    expect(cacheHeader(fresh)).toBe("miss");
    // Computed: more statements than a hit (which runs none on PGlite, the viewer's on PostgreSQL).
    expect(fresh.extensions?.sqlStatements).toBeGreaterThan(gateway.database.kind === "pglite" ? 0 : 1);
    expect(cacheHeader(await dashboard())).toBe("hit");
  });

  it("never serves a stale answer after a mutation (read your writes)", async () => {
    await dashboard();
    expect(cacheHeader(await dashboard())).toBe("hit");
    const created = await gateway.gql(
      CREATE,
      {
        input: {
          productVersionId: toGlobalId("ProductVersion", DEMO_IDS.productVersions.microsoft365Current),
          title: "Cache must see this",
          description: "Created between two identical queries.",
          severity: "C",
          contact: { name: "Pat Contact", email: "pat@example.com" },
        },
      },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(created.data?.createSupportIncident.userErrors).toEqual([]);
    expect(cacheHeader(created)).toBeNull(); // mutations are never cached

    const after = await dashboard();
    expect(cacheHeader(after)).toBe("miss");
    expect(after.data?.viewer.organization.incidents.edges[0].node.title).toBe("Cache must see this");
  });

  it("sees a change written straight into the database by someone else (another replica, psql)", async () => {
    await dashboard();
    expect(cacheHeader(await dashboard())).toBe("hit");
    await gateway.database.db
      .updateTable("organizations")
      .set({ name: "Fabrikam Renamed Elsewhere" })
      .where("id", "=", DEMO_IDS.organizations.fabrikam)
      .execute();
    const after = await dashboard();
    expect(cacheHeader(after)).toBe("miss");
    expect(after.data?.viewer.organization.name).toBe("Fabrikam Renamed Elsewhere");
  });

  it("a revoked role takes effect at once, cached answer or not", async () => {
    const variables = { id: toGlobalId("Organization", DEMO_IDS.organizations.contoso) };
    const allowed = await gateway.gql(ORG_AUDIT, variables, { as: "contosoGlobalAdmin" });
    expect(allowed.errors).toBeUndefined();
    // The audit log moves no data version (a refused request appends to it): never cached.
    expect(cacheHeader(await gateway.gql(ORG_AUDIT, variables, { as: "contosoGlobalAdmin" }))).toBe("miss");
    await dashboard("contosoGlobalAdmin");
    expect(cacheHeader(await dashboard("contosoGlobalAdmin"))).toBe("hit");

    await gateway.database.db
      .deleteFrom("userRoles")
      .where("userId", "=", DEMO_USERS.contosoGlobalAdmin.id)
      .where("role", "=", "GLOBAL_ADMIN")
      .execute();
    const roles = await dashboard("contosoGlobalAdmin");
    expect(cacheHeader(roles)).toBe("miss");
    expect(roles.data?.viewer.roles).not.toContain("GLOBAL_ADMIN");
    const denied = await gateway.gql(ORG_AUDIT, variables, { as: "contosoGlobalAdmin" });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Answers with errors are never stored: the refusal is decided again on every request.
    const again = await gateway.gql(ORG_AUDIT, variables, { as: "contosoGlobalAdmin" });
    expect(cacheHeader(again)).toBe("miss");
    expect(again.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps every user's answers to that user", async () => {
    const admin = await dashboard("fabrikamGlobalAdmin");
    const helpdesk = await dashboard("fabrikamHelpdesk");
    expect(cacheHeader(helpdesk)).toBe("miss");
    expect(helpdesk.data?.viewer.email).toBe(DEMO_USERS.fabrikamHelpdesk.email);
    expect(admin.data?.viewer.email).toBe(DEMO_USERS.fabrikamGlobalAdmin.email);
    const other = await dashboard("contosoGlobalAdmin");
    expect(other.data?.viewer.organization.id).toBe(toGlobalId("Organization", DEMO_IDS.organizations.contoso));
  });

  it("keys on the variables too, and leaves anonymous requests alone", async () => {
    const five = await dashboard();
    const one = await gateway.gql(DASHBOARD, { first: 1 }, { as: "fabrikamGlobalAdmin" });
    expect(cacheHeader(one)).toBe("miss");
    expect(one.data?.viewer.organization.incidents.edges).toHaveLength(1);
    expect(five.data?.viewer.organization.incidents.edges).toHaveLength(5);
    const anonymous = await gateway.gql("{ __typename }", {}, { as: null });
    expect(anonymous.errors).toBeUndefined();
    expect(cacheHeader(anonymous)).toBeNull();
  });

  it("computes an answer once for the requests that miss on it together; never across users or for no-cache", async () => {
    const fourBody = (as: "fabrikamGlobalAdmin" | "fabrikamHelpdesk", headers: Record<string, string> = {}) =>
      gateway.gql(DASHBOARD, { first: 4 }, { as, headers });
    // Both viewers loaded (on PGlite a loaded viewer costs no statement): only the dashboards wait below.
    await dashboard("fabrikamGlobalAdmin");
    await dashboard("fabrikamHelpdesk");
    const release = await holdTable(gateway.database, "incidents");
    let answered = 0;
    const counted = <T>(promise: Promise<T>) => promise.finally(() => (answered += 1));
    const admin = Array.from({ length: 5 }, () => counted(fourBody("fabrikamGlobalAdmin")));
    const fresh = counted(fourBody("fabrikamGlobalAdmin", { "cache-control": "no-cache" }));
    const helpdesk = counted(fourBody("fabrikamHelpdesk"));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(answered, "every request waits for the held table").toBe(0);
    await release();
    const [admins, freshAnswer, helpdeskAnswer] = await Promise.all([Promise.all(admin), fresh, helpdesk]);

    const headers = admins.map(cacheHeader);
    // One of the six admin requests computed (a no-cache one may lead: it computes anyway); the
    // others that missed waited for it instead of computing the same answer again.
    expect(headers.filter((header) => header === "miss").length + (cacheHeader(freshAnswer) === "miss" ? 1 : 0)).toBeLessThanOrEqual(2);
    expect(headers.filter((header) => header === "coalesced").length).toBeGreaterThanOrEqual(4);
    for (const answer of admins) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(freshAnswer.data);
      expect(answer.data?.viewer.organization.incidents.edges).toHaveLength(4);
    }
    // Waiting for an answer runs no dashboard statement: the viewer's alone on PostgreSQL, none on PGlite.
    for (const answer of admins.filter((a) => cacheHeader(a) === "coalesced")) {
      expect(answer.extensions?.sqlStatements).toBe(gateway.database.kind === "pglite" ? 0 : 1);
    }
    // No-cache is computed afresh, and another user's identical query is never shared.
    expect(cacheHeader(freshAnswer)).toBe("miss");
    expect(cacheHeader(helpdeskAnswer)).toBe("miss");
    expect(helpdeskAnswer.data?.viewer.email).toBe(DEMO_USERS.fabrikamHelpdesk.email);
  });

  it("is off with RESPONSE_CACHE_MAX_MB=0", async () => {
    const uncached = await startTestGateway({ env: { RESPONSE_CACHE_MAX_MB: "0" } });
    try {
      await uncached.gql(DASHBOARD, { first: 1 }, { as: "fabrikamGlobalAdmin" });
      const second = await uncached.gql(DASHBOARD, { first: 1 }, { as: "fabrikamGlobalAdmin" });
      expect(second.errors).toBeUndefined();
      expect(cacheHeader(second)).toBeNull();
    } finally {
      await uncached.stop();
    }
  });
});
