import type { MembershipOffer as OfferRow } from "@support-hub/db";
import {
  type Allowance,
  type Entitlements as DomainEntitlements,
  type IsoDate,
  isCloudCompetency,
  isOfferActive,
} from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { Entitlements, IncidentAllowance, MembershipOffer } from "./memberships.type";

export function toMembershipOffer(row: OfferRow, asOf: IsoDate): MembershipOffer {
  return {
    id: toGlobalId(NodeType.MembershipOffer, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    level: row.level,
    competency: row.competency,
    isCloudCompetency: isCloudCompetency(row.competency),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    asOf,
    active: row.revokedAt === null && isOfferActive(row, asOf),
    revokedAt: row.revokedAt,
  };
}

export function toIncidentAllowance(allowance: Allowance): IncidentAllowance {
  switch (allowance.kind) {
    case "NONE":
      return { kind: "NONE", count: 0, unlimited: false };
    case "LIMITED":
      return { kind: "LIMITED", count: allowance.count, unlimited: false };
    case "UNLIMITED":
      return { kind: "UNLIMITED", count: null, unlimited: true };
  }
}

export function toEntitlements(entitlements: DomainEntitlements<OfferRow>, asOf: IsoDate): Entitlements {
  return {
    asOf,
    onPremisesIncidents: entitlements.onPremisesIncidents,
    cloudIncidents: toIncidentAllowance(entitlements.cloudIncidents),
    tpdHours: entitlements.tpdHours,
    cloudCompetencies: [...entitlements.cloudCompetencies],
    activeOffers: entitlements.activeOffers.map((row) => toMembershipOffer(row, asOf)),
  };
}
