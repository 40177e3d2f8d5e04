import { OfferLevel } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";

/** Kind of an incident allowance (domain `Allowance`). */
export const AllowanceKind = { NONE: "NONE", LIMITED: "LIMITED", UNLIMITED: "UNLIMITED" } as const;
export type AllowanceKind = (typeof AllowanceKind)[keyof typeof AllowanceKind];

registerDescribedEnum(AllowanceKind, "AllowanceKind", "How many incidents an allowance grants.", {
  NONE: "No incidents of this kind.",
  LIMITED: "A fixed number of incidents per year (`count`).",
  UNLIMITED: "Unlimited incidents (use is counted but never runs out).",
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A membership offer (Action Pack, Silver or Gold) granted to an organization. Active on a date when startsOn <= date < endsOn and not revoked (`isActive(asOf:)`).",
})
export class MembershipOffer extends Node {
  localId!: string;
  organizationLocalId!: string;
  /** The dates and revocation, for `isActive(asOf:)`. */
  activity!: { startsOn: string; endsOn: string; revokedAt: Date | null };

  @Field(() => OfferLevel, { description: "Offer level." })
  level!: OfferLevel;

  @Field(() => String, { nullable: true, description: "Competency of a Silver or Gold offer; null for Action Pack." })
  competency!: string | null;

  @Field(() => Boolean, {
    description: "Whether the competency is a cloud competency (Silver/Gold in it give unlimited cloud incidents).",
  })
  isCloudCompetency!: boolean;

  @Field(() => DateScalar, { description: "First day of the offer (inclusive)." })
  startsOn!: string;

  @Field(() => DateScalar, {
    description: "End of the offer (exclusive: no longer active on this day; active through the day before).",
  })
  endsOn!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the platform operator revoked the offer; a revoked offer never counts for benefits.",
  })
  revokedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "An incident allowance: none, a number per year, or unlimited." })
export class IncidentAllowance {
  @Field(() => AllowanceKind, { description: "None, limited or unlimited." })
  kind!: AllowanceKind;

  @Field(() => Int, { nullable: true, description: "Incidents per year: 0 for NONE, the count for LIMITED, null for UNLIMITED." })
  count!: number | null;

  @Field(() => Boolean, { description: "True when unlimited." })
  isUnlimited!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "An organization's technical support benefits on a date: the best of each row of the entitlement table across its active offers.",
})
export class Entitlements {
  @Field(() => DateScalar, { description: "The date these benefits were computed for (the `asOf` argument; default today, the UTC date)." })
  asOf!: string;

  @Field(() => Int, { description: "Product support (on-premises) incidents per year: Action Pack 10, Silver 15, Gold 20." })
  onPremisesIncidentCount!: number;

  @Field(() => IncidentAllowance, {
    description:
      "Signature cloud support incidents: unlimited with a Silver/Gold cloud competency, else Silver 5, Gold 10, Action Pack none.",
  })
  cloudIncidents!: IncidentAllowance;

  @Field(() => Int, { description: "Presales and deployment (TPD) hours per year: Action Pack 5, Silver 20, Gold 50." })
  tpdHours!: number;

  @Field(() => [String], { description: "Cloud competencies of the active Silver/Gold offers (canonical spelling)." })
  cloudCompetencies!: string[];

  @Field(() => [MembershipOffer], { description: "The offers active on `asOf` (revoked offers excluded)." })
  activeOffers!: MembershipOffer[];
}
