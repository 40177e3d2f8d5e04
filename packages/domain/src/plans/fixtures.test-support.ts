import type { AccountContract } from "../contracts/contract-state";
import { productCoverage } from "../coverage/product-coverage";
import { ContractKind, CspRelationship, ProductFamily, Role } from "../vocabulary";
import type { DecideIncidentPlanInput } from "../incidents/decide-incident-plan";

// Shared builders for the plan and incident tests (not exported from the package).
export const AS_OF = "2026-11-25";

export function contract(overrides: Partial<AccountContract> = {}): AccountContract {
  return {
    contractId: "on-1",
    kind: ContractKind.ON_PREMISES,
    organizationId: "org",
    startsOn: "2026-03-01",
    endsOn: "2027-03-01",
    incidentsTotal: 20,
    incidentsRemaining: 5,
    linked: true,
    linkedAt: "2026-03-02",
    ...overrides,
  };
}

export const cloudContract = (overrides: Partial<AccountContract> = {}) =>
  contract({ contractId: "cl-1", kind: ContractKind.CLOUD, incidentsTotal: null, incidentsRemaining: null, ...overrides });

const sqlServer = {
  family: ProductFamily.ON_PREMISES,
  versions: [
    { id: "sql2022", name: "SQL Server 2022", releasedOn: "2022-11-16", mainstreamEndOn: "2028-01-11", extendedEndOn: "2033-01-11" },
    { id: "sql2019", name: "SQL Server 2019", releasedOn: "2019-11-04", mainstreamEndOn: "2025-02-28", extendedEndOn: "2030-01-08" },
    { id: "sql2017", name: "SQL Server 2017", releasedOn: "2017-09-29", mainstreamEndOn: "2022-10-11", extendedEndOn: "2027-10-12" },
  ],
};

export const onPremises = { family: ProductFamily.ON_PREMISES, isMicrosoft365: false, cspEligible: false };
export const azure = { family: ProductFamily.CLOUD, isMicrosoft365: false, cspEligible: true };
export const dynamics = { family: ProductFamily.CLOUD, isMicrosoft365: false, cspEligible: false };
export const m365 = { family: ProductFamily.CLOUD, isMicrosoft365: true, cspEligible: false };

export const coverageOf = (versionId: string | null, family: ProductFamily = ProductFamily.ON_PREMISES) =>
  productCoverage(family === ProductFamily.CLOUD ? { family, versions: [] } : sqlServer, versionId, AS_OF);

export const ownOrgActor = { roles: [Role.HELPDESK_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.NONE };
export const directAdminAgent = { roles: [Role.ADMIN_AGENT], mpnAssociated: true, organizationCspRelationship: CspRelationship.DIRECT };
/** A CSP-only account (not program-associated). */
export const cspOnlyActor = { roles: [Role.ADMIN_AGENT], mpnAssociated: false, organizationCspRelationship: CspRelationship.ADVISOR };

/** The actor's organization "org": activated, Silver (product support and a cloud pack). */
export const activatedOrg = { organizationId: "org", isActivated: true, hasOnPremisesEntitlement: true, hasCloudEntitlement: true };
export const servedCustomer = { customerId: "cust-1", servedByActorOrganization: true };

export function onPremisesRequest(overrides: Partial<DecideIncidentPlanInput> = {}): DecideIncidentPlanInput {
  return {
    product: onPremises,
    coverage: coverageOf("sql2022"),
    asOf: AS_OF,
    contracts: [contract()],
    actor: ownOrgActor,
    organization: activatedOrg,
    ...overrides,
  };
}

export function cloudRequest(overrides: Partial<DecideIncidentPlanInput> = {}): DecideIncidentPlanInput {
  return {
    product: dynamics,
    coverage: coverageOf(null, ProductFamily.CLOUD),
    asOf: AS_OF,
    contracts: [cloudContract()],
    actor: ownOrgActor,
    organization: activatedOrg,
    ...overrides,
  };
}
