import type { MembershipOffer as OfferRow } from "@support-hub/db";
import { type Allowance, type Entitlements as DomainEntitlements, type IsoDate, isCloudCompetency } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { Entitlements, IncidentAllowance, MembershipOffer } from "./memberships.type";

/** The same values whatever the parent field and its arguments: activity on a date is `isActive(asOf:)`'s to compute. */
export function toMembershipOffer(row: OfferRow): MembershipOffer {
  return {
    id: toGlobalId(NodeType.MembershipOffer, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    activity: { startsOn: row.startsOn, endsOn: row.endsOn, revokedAt: row.revokedAt },
    level: row.level,
    competency: row.competency,
    isCloudCompetency: isCloudCompetency(row.competency),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    revokedAt: row.revokedAt,
  };
}

export function toIncidentAllowance(allowance: Allowance): IncidentAllowance {
  switch (allowance.kind) {
    case "NONE":
      return { kind: "NONE", count: 0, isUnlimited: false };
    case "LIMITED":
      return { kind: "LIMITED", count: allowance.count, isUnlimited: false };
    case "UNLIMITED":
      return { kind: "UNLIMITED", count: null, isUnlimited: true };
  }
}

export function toEntitlements(entitlements: DomainEntitlements<OfferRow>, asOf: IsoDate): Entitlements {
  return {
    asOf,
    onPremisesIncidentCount: entitlements.onPremisesIncidents,
    cloudIncidents: toIncidentAllowance(entitlements.cloudIncidents),
    tpdHours: entitlements.tpdHours,
    cloudCompetencies: [...entitlements.cloudCompetencies],
    activeOffers: entitlements.activeOffers.map(toMembershipOffer),
  };
}
