import { OfferLevel } from "@support-hub/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { MembershipOffer } from "./memberships.type";

@InputType({ description: "A membership offer to grant to an organization." })
export class GrantMembershipOfferInput {
  @Field(() => ID, { description: "Organization that earns the offer." })
  organizationId!: string;

  @Field(() => OfferLevel, { description: "Offer level." })
  level!: OfferLevel;

  @Field(() => String, {
    nullable: true,
    description: "Competency: required for SILVER and GOLD, must be absent for ACTION_PACK. Cloud competencies are spelled canonically.",
  })
  competency?: string | null;

  @Field(() => DateScalar, { description: "First day of the offer (inclusive)." })
  startsOn!: string;

  @Field(() => DateScalar, {
    description: "End of the offer (exclusive: the first day it is no longer active); must be after startsOn.",
  })
  endsOn!: string;
}

@ObjectType({ simpleResolvers: true, description: "Result of grantMembershipOffer." })
export class GrantMembershipOfferPayload {
  @Field(() => MembershipOffer, { nullable: true, description: "The granted offer; null when refused." })
  offer!: MembershipOffer | null;

  @Field(() => [UserError], { description: "Why the offer was not granted; empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "A membership offer to revoke." })
export class RevokeMembershipOfferInput {
  @Field(() => ID, { description: "The offer's ID." })
  offerId!: string;
}

@ObjectType({ simpleResolvers: true, description: "Result of revokeMembershipOffer." })
export class RevokeMembershipOfferPayload {
  @Field(() => MembershipOffer, {
    nullable: true,
    description: "The revoked offer (revoking twice keeps the first revocation time); null when refused.",
  })
  offer!: MembershipOffer | null;

  @Field(() => [UserError], { description: "Why the offer was not revoked; empty on success." })
  userErrors!: UserError[];
}
