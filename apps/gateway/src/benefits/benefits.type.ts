import { UserErrorCode } from "@support-hub/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateTimeScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { SupportContract } from "../contracts/contracts.type";
import { Entitlements, MembershipOffer } from "../memberships/memberships.type";

/** The benefits page states a program-associated viewer can see (CSP-only accounts get NOT_AUTHORIZED instead). */
export const BenefitsState = { NO_BENEFITS: "NO_BENEFITS", NOT_ACTIVATED: "NOT_ACTIVATED", ACTIVE: "ACTIVE" } as const;
export type BenefitsState = (typeof BenefitsState)[keyof typeof BenefitsState];

registerDescribedEnum(BenefitsState, "BenefitsState", "State of the organization's technical support benefits.", {
  NO_BENEFITS: 'No active membership offer: the empty state "Looks like you don\'t have any benefits yet".',
  NOT_ACTIVATED: "Active offers, benefits not activated yet: a GLOBAL_ADMIN or MPN_PARTNER_ADMIN can activate.",
  ACTIVE: "Activated: the Access ID and Contract ID exist (even if the offers have since ended).",
});

@ObjectType({
  description:
    "The technical benefits page of an organization: its state, whether you can activate (and why not, and who can), and once active the Access ID and Contract ID.",
})
export class TechnicalBenefits {
  organizationLocalId!: string;
  usersWhoCanActivateLocalIds!: string[];
  activatedByLocalId!: string | null;

  @Field(() => BenefitsState, { description: "Page state." })
  state!: BenefitsState;

  @Field(() => String, { description: "What to tell the user about this state." })
  message!: string;

  @Field(() => Boolean, {
    description: "Whether YOU may activate now (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN, not yet active).",
  })
  canActivate!: boolean;

  @Field(() => UserErrorCode, {
    nullable: true,
    description:
      "Why activating would be refused for you (MISSING_ROLE, NO_ACTIVE_OFFERS); null when you can activate or when benefits are already active.",
  })
  activationRefusal!: UserErrorCode | null;

  @Field(() => String, {
    nullable: true,
    description: "The Access ID shown to partners, once active. Readable by every program-associated member.",
  })
  accessId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The Contract ID shown to partners (e.g. `CID-...`), once active; pass it as `LinkSupportContractInput.contractNumber`. Not a node ID. Readable by every program-associated member.",
  })
  contractNumber!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the benefits were activated; null until active." })
  activatedAt!: Date | null;

  @Field(() => [MembershipOffer], { description: "The organization's active offers (Gold, Silver, Action Pack) today (the UTC date)." })
  activeOffers!: MembershipOffer[];

  @Field(() => Entitlements, { description: "What the active offers grant today (the UTC date)." })
  entitlements!: Entitlements;
}

@InputType({ description: "Which organization's benefits to activate." })
export class ActivateTechnicalBenefitsInput {
  @Field(() => ID, { nullable: true, description: "Your organization's ID; defaults to your organization." })
  organizationId?: string | null;
}

@ObjectType({ description: "Result of activateTechnicalBenefits." })
export class ActivateTechnicalBenefitsPayload {
  @Field(() => TechnicalBenefits, { nullable: true, description: "The benefits page after the call." })
  technicalBenefits!: TechnicalBenefits | null;

  @Field(() => [SupportContract], {
    nullable: true,
    description: "The organization's support contracts created by activation (the existing ones when already active); null when refused.",
  })
  contracts!: SupportContract[] | null;

  @Field(() => Boolean, { description: "True when the benefits were already active: the existing IDs are returned, nothing was created." })
  wasAlreadyActive!: boolean;

  @Field(() => [UserError], { description: "Why activation was refused (e.g. NO_ACTIVE_OFFERS); empty on success." })
  userErrors!: UserError[];
}
