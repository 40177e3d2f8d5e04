import type { BenefitActivation, MembershipOffer, SupportContract } from "@support-hub/db";
import type { ResolveTree } from "graphql-parse-resolve-info";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { SupportIncidentFilter, SupportIncidentOrder } from "../incidents/incident.inputs";
import { pageColumnsFor } from "../incidents/incident-columns";
import { JOINED_INCIDENT_TIMESTAMPS, planIncidentPage } from "../incidents/incident.queries";
import type { ChildPrefetch } from "./child-prefetch";
import { decodeJsonRow, decodeJsonRows, decodeJsonTuples, jsonTuplesFrom, TIMESTAMP_COLUMNS } from "./json-rows";
import { ORGANIZATION_CONNECTIONS } from "./organization-connections";

// The statements mirror the loaders they prime (same rows, same order): the prefetch-rows test
// compares both for every table.

/** `offersOfOrganization`: every offer, revoked ones included, oldest first. */
const offers: ChildPrefetch = {
  select: (ctx, parentId) =>
    jsonArrayFrom(
      ctx.db.selectFrom("membershipOffers").selectAll().where("organizationId", "=", parentId).orderBy("startsOn").orderBy("id"),
    ),
  prime: (ctx, parentId, json) =>
    ctx.loaders.offersOfOrganization.prime(parentId, decodeJsonRows<MembershipOffer>(json, TIMESTAMP_COLUMNS.membershipOffers)),
};

/**
 * `activationOfOrganization`: the organization's benefit activation, if any. Not wired to a field
 * yet: `technicalBenefits` also reads the users and the benefit year (tested in prefetch-rows).
 */
export const activation: ChildPrefetch = {
  select: (ctx, parentId) =>
    jsonObjectFrom(ctx.db.selectFrom("benefitActivations").selectAll().where("organizationId", "=", parentId).limit(1)),
  prime: (ctx, parentId, json) =>
    ctx.loaders.activationOfOrganization.prime(
      parentId,
      json ? decodeJsonRow<BenefitActivation>(json as Record<string, unknown>, TIMESTAMP_COLUMNS.benefitActivations) : undefined,
    ),
};

/** `contractsOfOrganization`: on-premises first, then by start (as `selectContractsOfOrganizations`). */
const contracts: ChildPrefetch = {
  select: (ctx, parentId) =>
    jsonArrayFrom(
      ctx.db
        .selectFrom("supportContracts")
        .selectAll()
        .where("organizationId", "=", parentId)
        .orderBy("kind", "desc")
        .orderBy("startsOn")
        .orderBy("id"),
    ),
  prime: (ctx, parentId, json) =>
    ctx.loaders.contractsOfOrganization.prime(parentId, decodeJsonRows<SupportContract>(json, TIMESTAMP_COLUMNS.supportContracts)),
};

function incidentArgs(field: ResolveTree) {
  return {
    ...pageColumnsFor(field),
    first: field.args.first as number | null | undefined,
    after: field.args.after as string | null | undefined,
    filter: field.args.filter as SupportIncidentFilter | null | undefined,
    orderBy: field.args.orderBy as SupportIncidentOrder | null | undefined,
  };
}

/** `Organization.incidents(...)`: the page `listIncidents` would read, with its product versions and creators. */
const incidentPage: ChildPrefetch = {
  byArguments: true,
  select: (ctx, parentId, field, knownParentId) => {
    if (!ctx.viewer) return null;
    // A known organization is a plain condition, so the visibility rule can see it is implied.
    const plan =
      knownParentId !== undefined
        ? planIncidentPage(ctx, ctx.viewer, { ...incidentArgs(field), organizationId: knownParentId })
        : planIncidentPage(ctx, ctx.viewer, incidentArgs(field), parentId);
    const query = plan.query(true);
    if (!query) return null;
    return plan.columnNames ? jsonTuplesFrom(query, plan.columnNames) : jsonArrayFrom(query);
  },
  prime: (ctx, parentId, json, field) => {
    if (!ctx.viewer) return;
    const plan = planIncidentPage(ctx, ctx.viewer, { ...incidentArgs(field), organizationId: parentId });
    const rows = plan.columnNames
      ? decodeJsonTuples(json, plan.columnNames, plan.tupleTypes, plan.tupleCursorColumn)
      : decodeJsonRows(json, JOINED_INCIDENT_TIMESTAMPS);
    ctx.loaders.prefetchedPages.set(plan.keyOf(parentId), rows);
  },
};

/** What each child field of `Organization` needs fetched; fields not listed resolve through their loaders. */
export const ORGANIZATION_CHILDREN: Record<string, readonly ChildPrefetch[]> = {
  membershipOffers: [offers],
  entitlements: [offers],
  supportContracts: [contracts],
  incidents: [incidentPage],
  ...ORGANIZATION_CONNECTIONS,
};
