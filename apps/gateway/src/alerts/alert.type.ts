import { AlertKind } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar } from "../common/scalars";
import { SupportContract } from "../contracts/contracts.type";
import { MembershipOffer } from "../memberships/memberships.type";
import { User } from "../users/user.type";

registerDescribedEnum(AlertKind, "AlertKind", "What an organization alert is about.", {
  CONTRACT_ENDING: "A support contract in force ends within 30 days.",
  CONTRACT_LOW_INCIDENTS: "A limited support contract in force has 20% or fewer of its incidents left (none left included).",
  OFFER_ENDING: "An active membership offer ends within 30 days.",
  RENEWAL_AVAILABLE: "The next benefit year can be activated.",
  OUTSIDE_ACCOUNT_LINKED: "An account outside the organization linked its support contracts within the last 30 days.",
});

@ObjectType({
  simpleResolvers: true,
  description: "Something the organization should act on: what, what to do, who can do it, about what and when.",
})
export class OrganizationAlert {
  /** Local ids of what the alert is about, for the field resolvers. */
  supportContractLocalId!: string | null;
  membershipOfferLocalId!: string | null;
  userLocalId!: string | null;
  actorLocalIds!: string[];
  organizationLocalId!: string;
  asOf!: string;

  @Field(() => AlertKind, { description: "What the alert is about." })
  kind!: AlertKind;

  @Field(() => String, { description: "The alert in words, safe to show." })
  message!: string;

  @Field(() => String, { description: "What to do about it." })
  actionHint!: string;

  @Field(() => DateScalar, {
    description: "The date the alert is about: an end date (exclusive: the first day without it), the renewal date, or the link date.",
  })
  occursOn!: string;

  @Field(() => Int, { description: "Days from the as-of date to `occursOn` (negative for a past event)." })
  daysFromAsOf!: number;

  @Field(() => [User], {
    description: "The users who can do what `actionHint` says: the organization's program-associated Global Admins and MPN Partner Admins.",
  })
  actors!: User[];

  @Field(() => SupportContract, { nullable: true, description: "The contract concerned, if any." })
  supportContract!: SupportContract | null;

  @Field(() => MembershipOffer, { nullable: true, description: "The membership offer concerned, if any." })
  membershipOffer!: MembershipOffer | null;

  @Field(() => User, {
    nullable: true,
    description: "The outside account concerned (OUTSIDE_ACCOUNT_LINKED); only for those who manage linked accounts, else null.",
  })
  user!: User | null;
}
