import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/relay/global-id";
import { holdTable } from "../support/hold-database";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

/** The dashboard a partner admin opens: who am I, my organization's offers, entitlements, contracts and latest incidents. */
const DASHBOARD = `query Dashboard($first: Int!) {
  viewer {
    id displayName email roles
    organization {
      id name cspRelationship
      membershipOffers { id level competency startsOn endsOn isActive isCloudCompetency }
      entitlements { asOf onPremisesIncidentCount tpdHours cloudCompetencies cloudIncidents { isUnlimited count } }
      supportContracts { id kind startsOn endsOn state isUnlimited totalIncidentCount remainingIncidentCount usedIncidentCount }
      incidents(first: $first) {
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id number title severity status planKind wasConsumed createdAt
            productVersion { id name }
            createdBy { id displayName }
          }
        }
      }
    }
  }
}`;

/** The operator's organizations page, each with its first users and customers (nested connections). */
const ORGANIZATIONS = `query Organizations($first: Int!) {
  organizations(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name
      users(first: 5) { totalCount pageInfo { hasNextPage } nodes { id displayName roles } }
      customers(first: 5) { totalCount pageInfo { hasNextPage } nodes { id name } }
    }
  }
}`;

const EXTRA_INCIDENTS = 120;
/** Organizations added so that a page of 50 is full, each with 6 users and 6 customers (more than a page of 5). */
const EXTRA_ORGANIZATIONS = 60;
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ env: { REPORT_SQL_STATEMENTS: "true" } });
  // More incidents than the largest page, by several creators: Microsoft 365 incidents consume no
  // contract, so the contract counters stay consistent.
  const creators = [DEMO_USERS.fabrikamGlobalAdmin.id, DEMO_USERS.fabrikamAdminAgent.id, DEMO_USERS.fabrikamHelpdesk.id];
  await gateway.database.db
    .insertInto("incidents")
    .values(
      Array.from({ length: EXTRA_INCIDENTS }, (_, i) => ({
        organizationId: DEMO_IDS.organizations.fabrikam,
        productVersionId: DEMO_IDS.productVersions.microsoft365Current,
        planKind: "MICROSOFT_365" as const,
        supportContractId: null,
        consumed: false,
        severity: "C" as const,
        title: `Mailbox question ${i}`,
        description: "Generated for the statement-count test.",
        contactName: "Pat Contact",
        contactEmail: "pat@example.com",
        createdBy: creators[i % creators.length] as string,
      })),
    )
    .execute();
  const organizations = await gateway.database.db
    .insertInto("organizations")
    .values(Array.from({ length: EXTRA_ORGANIZATIONS }, (_, i) => ({ name: `Generated Partner ${i}`, cspRelationship: "DIRECT" as const })))
    .returning("id")
    .execute();
  const perOrganization = Array.from({ length: 6 }, (_, i) => i);
  await gateway.database.db
    .insertInto("users")
    .values(
      organizations.flatMap((organization, o) =>
        perOrganization.map((i) => ({
          email: `user${i}@generated${o}.example`,
          displayName: `Generated User ${i}`,
          accountKind: "AAD" as const,
          organizationId: organization.id,
        })),
      ),
    )
    .execute();
  await gateway.database.db
    .insertInto("cspCustomers")
    .values(
      organizations.flatMap((organization) =>
        perOrganization.map((i) => ({ partnerOrganizationId: organization.id, name: `Customer ${i}`, domain: `customer${i}.example` })),
      ),
    )
    .execute();
}, 180_000);
afterAll(() => gateway?.stop());

async function dashboard(first: number) {
  const response = await gateway.gql(DASHBOARD, { first }, { as: "fabrikamGlobalAdmin" });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response;
}

describe("SQL statements per request", () => {
  it("are not reported unless REPORT_SQL_STATEMENTS is on", async () => {
    const plain = await startTestGateway();
    try {
      const response = await plain.gql("{ viewer { id } }", {}, { as: "fabrikamGlobalAdmin" });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.sqlStatements).toBeUndefined();
    } finally {
      await plain.stop();
    }
  });

  it("the dashboard runs the same two statements (the viewer, then its organization with everything below) for 1, 10 and 100 incidents", async () => {
    // Same starting point for each page size: on PGlite the account stays loaded while no data
    // changes (see the next test), so load it first.
    await gateway.gql("{ viewer { id } }", {}, { as: "fabrikamGlobalAdmin" });
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      const response = await dashboard(first);
      const edges = response.data?.viewer.organization.incidents.edges;
      expect(edges).toHaveLength(first);
      // Every incident carries its product version and creator (resolved from the primed loaders).
      for (const edge of edges) {
        expect(edge.node.productVersion.id).toMatch(/.+/);
        expect(edge.node.createdBy.displayName).toMatch(/.+/);
      }
      counts.push(response.extensions?.sqlStatements);
    }
    expect(counts.every((count) => typeof count === "number" && count > 0)).toBe(true);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it("a filtered search (every filter, text query included) with each incident's timeline costs the same statements for 1, 10 and 100", async () => {
    const SEARCH = `query ($first: Int!, $filter: SupportIncidentFilter!) {
      incidents(first: $first, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
        edges { node { id number createdBy { id } timeline(first: 5) { edges { node { kind actor { id } } } } } }
      }
    }`;
    const filter = {
      query: "mailbox question",
      severity: ["C"],
      planKind: ["MICROSOFT_365"],
      status: ["OPEN"],
      createdAfter: "2000-01-01T00:00:00Z",
      createdBefore: "2100-01-01T00:00:00Z",
      organizationId: toGlobalId("Organization", DEMO_IDS.organizations.fabrikam),
    };
    await gateway.gql("{ viewer { id } }", {}, { as: "fabrikamGlobalAdmin" });
    const counts: number[] = [];
    for (const first of [1, 10, 100]) {
      const response = await gateway.gql(SEARCH, { first, filter }, { as: "fabrikamGlobalAdmin" });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data?.incidents.edges).toHaveLength(first);
      counts.push(response.extensions?.sqlStatements);
    }
    expect(counts.every((count) => typeof count === "number" && count > 0)).toBe(true);
    expect(new Set(counts).size).toBe(1);

    // The same with a contract filter (none of these incidents has one: an empty page, no extra statements).
    const byContract = await gateway.gql(
      SEARCH,
      { first: 10, filter: { ...filter, supportContractId: toGlobalId("SupportContract", DEMO_IDS.contracts.fabrikamCloud) } },
      { as: "fabrikamGlobalAdmin" },
    );
    expect(byContract.data?.incidents.edges).toEqual([]);
    expect(byContract.extensions?.sqlStatements).toBeLessThanOrEqual(counts[0] ?? 0);
  });

  it("the creators and versions are the right ones (priming from the join returns the same data as the loaders)", async () => {
    const response = await dashboard(100);
    const nodes = response.data?.viewer.organization.incidents.edges.map((edge: any) => edge.node);
    const names = new Map(Object.values(DEMO_USERS).map((user) => [toGlobalId("User", user.id), user.displayName]));
    for (const node of nodes) expect(node.createdBy.displayName).toBe(names.get(node.createdBy.id));
    const m365 = nodes.filter((node: any) => node.title.startsWith("Mailbox question"));
    expect(m365.length).toBeGreaterThan(0);
    for (const node of m365) {
      expect(node.productVersion.id).toBe(toGlobalId("ProductVersion", DEMO_IDS.productVersions.microsoft365Current));
    }
  });

  it("a fragment spread in two places with different selections costs what the inlined query costs (each place plans its own prefetch)", async () => {
    // The organization's first field node comes from the fragment in both places; the second place
    // also asks for incidents and contracts, which must come with its organization, not after it.
    const fragment = `query ($user: ID!) {
      viewer { ...Home }
      node(id: $user) { ... on User { ...Home organization { supportContracts { id } incidents(first: 2) { edges { node { id title } } } } } }
    }
    fragment Home on User { organization { id name } }`;
    const inlined = `query ($user: ID!) {
      viewer { organization { id name } }
      node(id: $user) { ... on User { organization { id name supportContracts { id } incidents(first: 2) { edges { node { id title } } } } } }
    }`;
    const variables = { user: toGlobalId("User", DEMO_USERS.fabrikamHelpdesk.id) };
    await gateway.gql("{ viewer { id } }", {}, { as: "fabrikamGlobalAdmin" });
    const viaInline = await gateway.gql(inlined, variables, { as: "fabrikamGlobalAdmin" });
    const viaFragment = await gateway.gql(fragment, variables, { as: "fabrikamGlobalAdmin" });
    expect(viaFragment.errors, JSON.stringify(viaFragment.errors)).toBeUndefined();
    expect(viaFragment.data).toEqual(viaInline.data);
    expect(viaFragment.data?.node.organization.incidents.edges).toHaveLength(2);
    expect(viaFragment.extensions?.sqlStatements).toBe(viaInline.extensions?.sqlStatements);
  });

  it("the viewer and its roles cost one statement (none again on PGlite until data changes), an anonymous request none", async () => {
    const response = await gateway.gql("{ viewer { id roles } }", {}, { as: "contosoHelpdesk" });
    expect(response.errors).toBeUndefined();
    // The viewer and its roles come in one statement, and `roles` reuses them.
    expect(response.extensions?.sqlStatements).toBe(1);
    // PGlite: this process is the only writer, so the account loaded at this data version is
    // reused. PostgreSQL: the statement also reads the data version others may have moved.
    const again = await gateway.gql("{ viewer { id } }", {}, { as: "contosoHelpdesk" });
    expect(again.extensions?.sqlStatements).toBe(gateway.database.kind === "pglite" ? 0 : 1);
    await gateway.database.db
      .updateTable("users")
      .set({ displayName: "Renamed Helpdesk" })
      .where("id", "=", DEMO_USERS.contosoHelpdesk.id)
      .execute();
    const afterWrite = await gateway.gql("{ viewer { displayName } }", {}, { as: "contosoHelpdesk" });
    expect(afterWrite.extensions?.sqlStatements).toBe(1);
    expect(afterWrite.data?.viewer.displayName).toBe("Renamed Helpdesk");
    const anonymous = await gateway.gql("{ __typename }", {}, { as: null });
    expect(anonymous.extensions?.sqlStatements).toBe(0);
  });

  it.runIf(!process.env.DATABASE_URL)("on PGlite, requests that find their account stale together load it once", async () => {
    await gateway.database.db
      .updateTable("users")
      .set({ displayName: "Renamed Once More" })
      .where("id", "=", DEMO_USERS.contosoHelpdesk.id)
      .execute();
    // Hold the one PGlite session so that the first load is still under way when the others ask.
    const release = await holdTable(gateway.database, "users");
    const requests = Array.from({ length: 5 }, () => gateway.gql("{ viewer { id displayName } }", {}, { as: "contosoHelpdesk" }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await release();
    const answers = await Promise.all(requests);
    for (const answer of answers) expect(answer.data?.viewer.displayName).toBe("Renamed Once More");
    expect(answers.reduce((sum, answer) => sum + (answer.extensions?.sqlStatements as number), 0)).toBe(1);
  });

  it("a page of organizations with their users and customers costs the same few statements for 1, 10 and 50 organizations (50 stays under the cost limit)", async () => {
    await gateway.gql("{ viewer { id } }", {}, { as: "operator" });
    const counts: number[] = [];
    for (const first of [1, 10, 50]) {
      const response = await gateway.gql(ORGANIZATIONS, { first }, { as: "operator" });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const nodes = response.data?.organizations.nodes;
      expect(nodes).toHaveLength(first);
      for (const node of nodes) {
        // Demo organizations have fewer: the generated ones fill the page of 5 and say there are more.
        if (!node.name.startsWith("Generated Partner")) continue;
        expect(node.users).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
        expect(node.users.nodes).toHaveLength(5);
        expect(node.customers).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
        expect(node.customers.nodes.map((c: { name: string }) => c.name)).toEqual([
          "Customer 0",
          "Customer 1",
          "Customer 2",
          "Customer 3",
          "Customer 4",
        ]);
      }
      counts.push(response.extensions?.sqlStatements);
    }
    expect(counts.every((count) => typeof count === "number" && count > 0)).toBe(true);
    expect(new Set(counts).size).toBe(1);
    // The page of organizations with each one's users (and their roles), customers, all three
    // counts in one statement (prefetched as JSON); plus the viewer's on PostgreSQL.
    expect(counts[0]).toBeLessThanOrEqual(2);
  });
});
