import { DEMO_IDS, DEMO_USERS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSE_CACHE_HEADER } from "../../src/performance/response-cache";
import { toGlobalId } from "../../src/relay/global-id";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

// The response cache invalidates per organization (and per account), not on every commit:
// a write in one organization leaves the others' answers cached, and no answer is ever stale,
// including writes that concern two organizations. Writes go straight to the database (as
// another replica or psql would) unless the point is the mutation itself.
const DASHBOARD = `query Dashboard {
  viewer {
    id roles
    organization {
      id name
      membershipOffers { id level }
      supportContracts { id remainingIncidentCount }
      incidents(first: 5) { edges { node { id title } } }
    }
  }
}`;
const LINKED = `query Linked { viewer { id linkedContracts { id remainingIncidentCount } } }`;
const ORGANIZATIONS = `query Organization($id: ID!) { organization(id: $id) { id name membershipOffers { id level } } }`;
const CREATE = `mutation ($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) { incident { id } userErrors { code } }
}`;

type Account = keyof typeof DEMO_USERS;
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
}, 180_000);
afterAll(() => gateway?.stop());

async function ask(query: string, as: Account, variables: Record<string, unknown> = {}) {
  const response = await gateway.gql(query, variables, { as });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  // biome-ignore lint/suspicious/noExplicitAny: answers of ad-hoc documents, read by shape
  return { data: response.data as any, cache: response.headers.get(RESPONSE_CACHE_HEADER) };
}

/** Asks each once (filling the cache) and checks the second asking is a hit. */
async function warm(...asks: (() => ReturnType<typeof ask>)[]) {
  for (const again of asks) await again();
  for (const again of asks) expect((await again()).cache).toBe("hit");
}

const fabrikam = () => ask(DASHBOARD, "fabrikamGlobalAdmin");
const contoso = () => ask(DASHBOARD, "contosoGlobalAdmin");
const northwind = () => ask(DASHBOARD, "northwindGlobalAdmin");
const outside = () => ask(LINKED, "outsideMsa");
const operatorViewOfContoso = () => ask(ORGANIZATIONS, "operator", { id: toGlobalId("Organization", DEMO_IDS.organizations.contoso) });

describe("response cache scopes", () => {
  it("a write in organization A invalidates A's answers and no one else's", async () => {
    await warm(fabrikam, contoso, northwind);
    await gateway.database.db
      .updateTable("organizations")
      .set({ name: "Fabrikam, written elsewhere" })
      .where("id", "=", DEMO_IDS.organizations.fabrikam)
      .execute();
    const after = await fabrikam();
    expect(after.cache).toBe("miss");
    expect(after.data.viewer.organization.name).toBe("Fabrikam, written elsewhere");
    expect((await contoso()).cache).toBe("hit");
    expect((await northwind()).cache).toBe("hit");
  });

  it("an outside account's link concerns both: the contract's organization and the account", async () => {
    await warm(fabrikam, contoso, outside);
    expect((await outside()).data.viewer.linkedContracts).toEqual([]);
    await gateway.database.db
      .insertInto("contractLinks")
      .values({ supportContractId: DEMO_IDS.contracts.fabrikamOnPremises, userId: DEMO_USERS.outsideMsa.id })
      .execute();
    const linked = await outside();
    expect(linked.cache).toBe("miss");
    expect(linked.data.viewer.linkedContracts).toHaveLength(1);
    expect((await fabrikam()).cache).toBe("miss");
    expect((await contoso()).cache).toBe("hit");

    // Now the account reads Fabrikam's contract: a change to it reaches the account's answers.
    await warm(outside);
    await gateway.database.db
      .updateTable("supportContracts")
      .set((eb) => ({ incidentsRemaining: eb("incidentsRemaining", "-", 1), incidentsUsed: eb("incidentsUsed", "+", 1) }))
      .where("id", "=", DEMO_IDS.contracts.fabrikamOnPremises)
      .execute();
    const consumed = await outside();
    expect(consumed.cache).toBe("miss");
    expect(consumed.data.viewer.linkedContracts[0].remainingIncidentCount).toBe(
      linked.data.viewer.linkedContracts[0].remainingIncidentCount - 1,
    );
    expect((await contoso()).cache).toBe("hit");
  });

  it("a CSP customer's incident concerns the partner and the customer's own organization", async () => {
    // Northwind becomes known as a CSP customer of Fabrikam; Fabrikam files an incident for it.
    await gateway.database.db
      .updateTable("cspCustomers")
      .set({ customerOrganizationId: DEMO_IDS.organizations.northwind })
      .where("id", "=", DEMO_IDS.cspCustomers.fabrikamWideWorldImporters)
      .execute();
    await warm(fabrikam, contoso, northwind);
    await gateway.database.db
      .insertInto("incidents")
      .values({
        organizationId: DEMO_IDS.organizations.fabrikam,
        customerId: DEMO_IDS.cspCustomers.fabrikamWideWorldImporters,
        productVersionId: DEMO_IDS.productVersions.azureCurrent,
        planKind: "CLOUD_SOLUTION_PROVIDER",
        consumed: false,
        severity: "C",
        title: "For Wide World Importers",
        description: "Filed by the partner.",
        contactName: "Pat",
        contactEmail: "pat@example.com",
        createdBy: DEMO_USERS.fabrikamAdminAgent.id,
      })
      .execute();
    const partner = await fabrikam();
    expect(partner.cache).toBe("miss");
    expect(partner.data.viewer.organization.incidents.edges[0].node.title).toBe("For Wide World Importers");
    expect((await northwind()).cache).toBe("miss");
    expect((await contoso()).cache).toBe("hit");
  });

  it("an operator granting an offer invalidates that organization and the operator, no one else", async () => {
    await warm(fabrikam, contoso, operatorViewOfContoso);
    const offers = (await contoso()).data.viewer.organization.membershipOffers.length;
    await gateway.database.db
      .insertInto("membershipOffers")
      .values({
        organizationId: DEMO_IDS.organizations.contoso,
        level: "SILVER",
        competency: "Data Platform",
        startsOn: "2026-01-01",
        endsOn: "2099-12-31",
      })
      .execute();
    const granted = await contoso();
    expect(granted.cache).toBe("miss");
    expect(granted.data.viewer.organization.membershipOffers).toHaveLength(offers + 1);
    const operator = await operatorViewOfContoso();
    expect(operator.cache).toBe("miss");
    expect(operator.data.organization.membershipOffers).toHaveLength(offers + 1);
    expect((await fabrikam()).cache).toBe("hit");
  });

  it("a refused mutation (only an audit row) invalidates nothing", async () => {
    await warm(fabrikam, contoso, northwind, operatorViewOfContoso);
    const refused = await gateway.gql(
      CREATE,
      {
        input: {
          productVersionId: toGlobalId("ProductVersion", DEMO_IDS.productVersions.windowsServer2025),
          title: "Refused",
          description: "Northwind's contract has no incidents left.",
          severity: "C",
          contact: { name: "Pat", email: "pat@example.com" },
        },
      },
      { as: "northwindGlobalAdmin" },
    );
    expect(refused.data?.createSupportIncident.userErrors).toEqual([{ code: "NO_INCIDENTS_REMAINING" }]);
    const audited = await gateway.database.db
      .selectFrom("auditLog")
      .select("outcome")
      .where("actorUserId", "=", DEMO_USERS.northwindGlobalAdmin.id)
      .execute();
    expect(audited.map((row) => row.outcome)).toContain("REFUSED");
    expect((await fabrikam()).cache).toBe("hit");
    expect((await contoso()).cache).toBe("hit");
    expect((await northwind()).cache).toBe("hit"); // not even the refused organization's
    expect((await operatorViewOfContoso()).cache).toBe("hit");
  });
});
