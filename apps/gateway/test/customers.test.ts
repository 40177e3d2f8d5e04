import { DEMO_IDS } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../src/relay/global-id";
import { startTestGateway, type TestGateway } from "./support/test-gateway";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway?.stop());

const O = DEMO_IDS.organizations;
const CU = DEMO_IDS.cspCustomers;
const customerId = (id: string) => toGlobalId("CspCustomer", id);

const OWN = `{ viewer { organization { name customers { nodes { id name domain createdAt partnerOrganization { name } } } } } }`;
const BY_ORG = `query ($id: ID!) { organization(id: $id) { customers { nodes { name } } } }`;

describe("Organization.customers", () => {
  it("lists the organization's CSP customers by name, for its members", async () => {
    const { data, errors } = await gateway.gql(OWN, {}, { as: "fabrikamHelpdesk" });
    expect(errors).toBeUndefined();
    expect(data?.viewer.organization.customers.nodes).toEqual([
      {
        id: customerId(CU.fabrikamWideWorldImporters),
        name: "Wide World Importers",
        domain: "wideworldimporters.example",
        createdAt: expect.any(String),
        partnerOrganization: { name: "Fabrikam, Inc." },
      },
      {
        id: customerId(CU.fabrikamWoodgroveBank),
        name: "Woodgrove Bank",
        domain: "woodgrovebank.example",
        createdAt: expect.any(String),
        partnerOrganization: { name: "Fabrikam, Inc." },
      },
    ]);
  });

  it("is readable by a CSP-only account of the organization", async () => {
    const { data, errors } = await gateway.gql(OWN, {}, { as: "adatumCspAgent" });
    expect(errors).toBeUndefined();
    expect(data?.viewer.organization.customers.nodes.map((c: any) => c.name)).toEqual(["Proseware, Inc."]);
  });

  it("is empty for an organization without customers", async () => {
    const { data } = await gateway.gql(OWN, {}, { as: "northwindGlobalAdmin" });
    expect(data?.viewer.organization.customers.nodes).toEqual([]);
  });

  it("is readable by the platform operator for any organization", async () => {
    const { data, errors } = await gateway.gql(BY_ORG, { id: toGlobalId("Organization", O.contoso) }, { as: "operator" });
    expect(errors).toBeUndefined();
    expect(data?.organization.customers.nodes).toEqual([{ name: "Litware, Inc." }]);
  });

  it("refuses another tenant's organization like a missing one", async () => {
    const response = await gateway.gql(BY_ORG, { id: toGlobalId("Organization", O.fabrikam) }, { as: "contosoGlobalAdmin" });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: null });
  });
});

describe("CspCustomer nodes", () => {
  const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on CspCustomer { name partnerOrganization { name } } } }`;

  it("fetches an own customer", async () => {
    const { data } = await gateway.gql(NODE, { id: customerId(CU.fabrikamWoodgroveBank) }, { as: "fabrikamAdminAgent" });
    expect(data?.node).toEqual({ __typename: "CspCustomer", name: "Woodgrove Bank", partnerOrganization: { name: "Fabrikam, Inc." } });
  });

  it("answers null for another tenant's customer, exactly like an unknown one", async () => {
    const foreign = await gateway.gql(NODE, { id: customerId(CU.fabrikamWoodgroveBank) }, { as: "contosoAdminAgent" });
    const unknown = await gateway.gql(NODE, { id: customerId("40000000-0000-4000-8000-999999999999") }, { as: "contosoAdminAgent" });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ node: null });
    expect(unknown.data).toEqual(foreign.data);
  });

  it("answers null to an outside account", async () => {
    const { data } = await gateway.gql(NODE, { id: customerId(CU.contosoLitware) }, { as: "outsideMsa" });
    expect(data?.node).toBeNull();
  });

  it("is readable by the operator", async () => {
    const { data } = await gateway.gql(NODE, { id: customerId(CU.adatumProseware) }, { as: "operator" });
    expect(data?.node).toMatchObject({ name: "Proseware, Inc.", partnerOrganization: { name: "Adatum Corporation" } });
  });
});
