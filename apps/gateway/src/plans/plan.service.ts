import type { Executor } from "@support-hub/db";
import {
  type AccountContract,
  type CustomerContext,
  CspRelationship,
  computeEntitlements,
  type IsoDate,
  type ListSupportPlansInput,
  type PlanOrganization,
  type SupportActor,
} from "@support-hub/domain";
import type { Viewer } from "../context";
import { loadCountingOffers } from "../memberships/memberships.service";
import { toDomainContract } from "../contracts/contracts.mapper";
import { toSupportProduct } from "../products/product.mapper";
import { coverageIn, type VersionContext } from "../products/product.service";
import { isUuid } from "../users/user.queries";

/**
 * The contracts an account can see: every contract of its own organization (linked by this
 * account or not) plus every contract of another organization that it linked.
 */
export async function loadAccountContracts(db: Executor, viewer: Viewer): Promise<AccountContract[]> {
  const rows = await db
    .selectFrom("supportContracts as c")
    .leftJoin("contractLinks as l", (join) => join.onRef("l.supportContractId", "=", "c.id").on("l.userId", "=", viewer.id))
    .selectAll("c")
    .select("l.linkedAt")
    .where((eb) =>
      viewer.organizationId
        ? eb.or([eb("c.organizationId", "=", viewer.organizationId), eb("l.userId", "is not", null)])
        : eb("l.userId", "is not", null),
    )
    .orderBy("c.id")
    .execute();
  return rows.map((row) => ({
    ...toDomainContract(row),
    linked: row.linkedAt !== null,
    linkedAt: row.linkedAt ? new Date(row.linkedAt).toISOString() : null,
  }));
}

/** The plan rules' view of the viewer: roles and its organization's CSP relationship. */
export async function loadSupportActor(db: Executor, viewer: Viewer): Promise<SupportActor> {
  const organization = viewer.organizationId
    ? await db.selectFrom("organizations").select("cspRelationship").where("id", "=", viewer.organizationId).executeTakeFirst()
    : undefined;
  return {
    roles: viewer.roles,
    mpnAssociated: viewer.mpnAssociated,
    organizationCspRelationship: organization?.cspRelationship ?? CspRelationship.NONE,
  };
}

/**
 * What the plan rules need to know of the viewer's organization: whether it activated its
 * benefits, and which kinds of support its active offers give on `asOf`. Null outside any
 * organization.
 */
export async function loadPlanOrganization(db: Executor, viewer: Viewer, asOf: IsoDate): Promise<PlanOrganization | null> {
  const organizationId = viewer.organizationId;
  if (organizationId === null) return null;
  const activation = await db
    .selectFrom("benefitActivations")
    .select("organizationId")
    .where("organizationId", "=", organizationId)
    .limit(1)
    .executeTakeFirst();
  const entitlements = computeEntitlements(await loadCountingOffers(db, organizationId), asOf);
  return {
    organizationId,
    isActivated: activation !== undefined,
    hasOnPremisesEntitlement: entitlements.onPremisesIncidents > 0,
    hasCloudEntitlement: entitlements.cloudIncidents.kind !== "NONE",
  };
}

/**
 * The CSP customer a request is for. A customer of another organization and an id that matches
 * no customer answer the same (not served), so the refusal reveals nothing.
 */
export async function loadCustomerContext(db: Executor, viewer: Viewer, customerLocalId: string): Promise<CustomerContext> {
  const row = isUuid(customerLocalId)
    ? await db.selectFrom("cspCustomers").select("partnerOrganizationId").where("id", "=", customerLocalId).executeTakeFirst()
    : undefined;
  const served = row !== undefined && viewer.organizationId !== null && row.partnerOrganizationId === viewer.organizationId;
  return { customerId: customerLocalId, servedByActorOrganization: served };
}

/**
 * Everything `listSupportPlans` / `decideIncidentPlan` need, read on one executor (the
 * transaction inside a mutation). Two gateway decisions where the rules are silent:
 * - a request for a CSP customer can only be paid by the viewer's own organization's contracts
 *   (an incident belongs to the organization of its contract, and a customer belongs to its
 *   partner organization), so contracts linked from other organizations are left out;
 * - an account outside any organization has no organization to book the Cloud Solution Provider
 *   plan to and no organization whose Microsoft 365 waiver it could use: it can use its linked
 *   contracts only.
 */
export async function loadPlanInput(
  db: Executor,
  viewer: Viewer,
  context: VersionContext,
  asOf: IsoDate,
  customerLocalId: string | null,
): Promise<ListSupportPlansInput> {
  // Sequential on purpose: inside a transaction the queries share one connection.
  const contracts = await loadAccountContracts(db, viewer);
  const actor = await loadSupportActor(db, viewer);
  const forCustomer = customerLocalId === null ? null : await loadCustomerContext(db, viewer, customerLocalId);
  const organization = await loadPlanOrganization(db, viewer, asOf);
  const product = toSupportProduct(context.product);
  return {
    product: viewer.organizationId ? product : { ...product, cspEligible: false },
    organization,
    coverage: coverageIn(context, asOf),
    asOf,
    contracts: forCustomer ? contracts.filter((contract) => contract.organizationId === viewer.organizationId) : contracts,
    forCustomer,
    actor,
  };
}
