import { type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_OPERATIONS, EXPLORER_DEMO_EMAIL } from "../../src/explorer/example-operations";
import { startTestGateway, type TestGateway } from "../support/test-gateway";

let gateway: TestGateway;
/** The bearer token exactly as the served GraphiQL page carries it (Sandbox's is the same). */
let pageToken: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  const html = await (await fetch(`${gateway.url}/graphiql`)).text();
  const config = JSON.parse(/id="explorer-config">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}");
  pageToken = String(config.headers.Authorization).replace(/^Bearer /, "");
});
afterAll(() => gateway?.stop());

const operations = parse(EXAMPLE_OPERATIONS).definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition",
);
const queries = operations.filter((operation) => operation.operation === "query").map((operation) => operation.name?.value ?? "");
const mutations = operations.filter((operation) => operation.operation === "mutation");

/** What any write would move: the data version (bumped by triggers on every data table) and the audit log. */
async function dataFingerprint() {
  const db = gateway.database.db;
  const version = await db.selectFrom("dataVersion").select("version").executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom("auditLog")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const incidents = await db
    .selectFrom("incidents")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return { version: Number(version.version), audit: Number(audit.n), incidents: Number(incidents.n) };
}

async function run(operationName: string, variables?: Record<string, unknown>) {
  const response = await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${pageToken}` },
    body: JSON.stringify({ query: EXAMPLE_OPERATIONS, operationName, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

describe("the explorers' example operations", () => {
  it("are signed in as the demo user they announce", async () => {
    expect(EXAMPLE_OPERATIONS).toContain("signed in as Frank Admin");
    const { data } = await run("Me");
    expect(data.viewer.email).toBe(EXPLORER_DEMO_EMAIL);
  });

  it("has the queries Me, RecentIncidents and Coverage and only mutations that need input", () => {
    expect(queries).toEqual(["Me", "RecentIncidents", "Coverage"]);
    for (const mutation of mutations) {
      const required = mutation.variableDefinitions?.filter((variable) => variable.type.kind === "NonNullType" && !variable.defaultValue);
      expect(required?.length, mutation.name?.value).toBeGreaterThan(0);
    }
  });

  it("every query shows data for the signed-in user", async () => {
    const me = await run("Me");
    expect(me.errors).toBeUndefined();
    expect(me.data.viewer.organization.name).toMatch(/Fabrikam/);
    expect(me.data.viewer.organization.technicalBenefits.accessId).toBeTruthy();
    expect(me.data.viewer.organization.entitlements.onPremisesIncidentCount).toBeGreaterThan(0);

    const recent = await run("RecentIncidents");
    expect(recent.errors).toBeUndefined();
    expect(recent.data.incidents.totalCount).toBeGreaterThan(0);
    expect(recent.data.incidents.nodes.length).toBeGreaterThan(0);
    expect(recent.data.incidents.nodes[0].title).toBeTruthy();

    const coverage = await run("Coverage");
    expect(coverage.errors).toBeUndefined();
    expect(coverage.data.products.length).toBeGreaterThan(0);
    expect(coverage.data.products.flatMap((p: any) => p.versions).some((v: any) => v.coverage.isCovered)).toBe(true);
  });

  it("clicking every operation blindly changes no data", async () => {
    const before = await dataFingerprint();
    for (const operation of operations) {
      const result = await run(operation.name?.value ?? "");
      if (operation.operation === "mutation") {
        // Refused before it runs: the required input variable was not given.
        expect(result.status).toBe(400);
        expect(result.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
        expect(result.data).toBeUndefined();
      }
    }
    expect(await dataFingerprint()).toEqual(before);
  });

  it("the mutation works with the variables its comment shows", async () => {
    const coverage = await run("Coverage");
    const version = coverage.data.products.flatMap((product: any) => product.versions).find((v: any) => v.coverage.isCovered);
    const before = await dataFingerprint();
    const opened = await run("OpenIncident", {
      input: {
        productVersionId: version.id,
        severity: "C",
        title: "Test incident",
        description: "Opened from the explorer",
        contact: { name: "Frank Admin", email: "frank.admin@fabrikam.example" },
      },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.createSupportIncident.userErrors).toEqual([]);
    expect(opened.data.createSupportIncident.incident.status).toBe("OPEN");
    expect((await dataFingerprint()).incidents).toBe(before.incidents + 1);
  });

  it("holds no <, > or & (Apollo's page escapes only the first of each when it inlines the document)", () => {
    expect(EXAMPLE_OPERATIONS).not.toMatch(/[<>&]/);
  });
});
