import { UserErrorCode } from "@support-hub/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { SupportContract } from "../contracts/contracts.type";
import { Entitlements, MembershipOffer } from "../memberships/memberships.type";

/** The benefits page states a program-associated viewer can see (CSP-only accounts get NOT_AUTHORIZED instead). */
export const BenefitsState = { NO_BENEFITS: "NO_BENEFITS", NOT_ACTIVATED: "NOT_ACTIVATED", ACTIVE: "ACTIVE" } as const;
export type BenefitsState = (typeof BenefitsState)[keyof typeof BenefitsState];

registerDescribedEnum(BenefitsState, "BenefitsState", "State of the organization's technical support benefits.", {
  NO_BENEFITS: 'No active membership offer: the empty state "Looks like you don\'t have any benefits yet".',
  NOT_ACTIVATED: "Active offers, benefits not activated yet: a GLOBAL_ADMIN or MPN_PARTNER_ADMIN can activate.",
  ACTIVE:
    "Activated: the Access ID and Contract ID exist (even if the offers have since ended). `isRenewalDue` / `isUpgradeAvailable` say whether activating again would issue something.",
});

/** What an activateTechnicalBenefits call did. */
export const ActivationOutcome = {
  ACTIVATED: "ACTIVATED",
  RENEWED: "RENEWED",
  UPGRADED: "UPGRADED",
  ALREADY_ACTIVE: "ALREADY_ACTIVE",
  REFUSED: "REFUSED",
} as const;
export type ActivationOutcome = (typeof ActivationOutcome)[keyof typeof ActivationOutcome];

registerDescribedEnum(ActivationOutcome, "ActivationOutcome", "What an activateTechnicalBenefits call did.", {
  ACTIVATED: "First activation: the Access ID, the first Contract ID and the first benefit year's support contracts were issued.",
  RENEWED: "The benefit year had ended: the next year's support contracts were issued under a new Contract ID (same Access ID).",
  UPGRADED:
    "Offers granted since raised the running year: its support contracts were raised or extended (same Contract ID, nothing used lost).",
  ALREADY_ACTIVE: "Nothing was due: the existing IDs and contracts are returned, nothing was created.",
  REFUSED: "Refused: see userErrors.",
});

@ObjectType({
  simpleResolvers: true,
  description:
    "A benefit year: it starts at an activation and lasts one year, never past the end of the offer that gives it. Each year has its own Contract ID.",
})
export class BenefitYear {
  activatedByLocalId!: string;

  @Field(() => Int, { description: "1 for the first activation, one more per renewal." })
  yearNumber!: number;

  @Field(() => DateScalar, { description: "First day of the year (inclusive, UTC date): the activation day." })
  startsOn!: string;

  @Field(() => DateScalar, {
    description:
      "End of the year (exclusive, UTC date): the day after the last day any of its support contracts is valid. Renewal is due from this day while an offer is active.",
  })
  endsOn!: string;

  @Field(() => Boolean, { description: "True when today (UTC) is on or after `endsOn`: every contract of the year has ended." })
  isEnded!: boolean;

  @Field(() => DateTimeScalar, { description: "When the activation that started this year happened." })
  activatedAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
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
    description:
      "Whether YOU may activate now (program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN): not yet active, a renewal due or an upgrade available.",
  })
  canActivate!: boolean;

  @Field(() => UserErrorCode, {
    nullable: true,
    description:
      "Why activating would be refused for you (MISSING_ROLE, NO_ACTIVE_OFFERS); null when you can activate, or when active and nothing is due.",
  })
  activationRefusal!: UserErrorCode | null;

  @Field(() => Boolean, {
    description:
      "True when the benefit year has ended and an offer is active: activating again issues the next year's support contracts under a new Contract ID (the Access ID stays).",
  })
  isRenewalDue!: boolean;

  @Field(() => Boolean, {
    description:
      "True when offers granted since the year's activation give more than its contracts hold (a higher offer, a cloud competency, a renewed offer): activating again raises or extends them, same Contract ID.",
  })
  isUpgradeAvailable!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "First day (inclusive, UTC date) on which activating again is or becomes available: the upgrade's date when one is available, otherwise the day the running year ends (renewal, if an offer is still active then). Null until activated.",
  })
  activationAvailableOn!: string | null;

  @Field(() => BenefitYear, {
    nullable: true,
    description: "The latest benefit year (the running one, or the last one if it has ended); null until activated.",
  })
  benefitYear!: BenefitYear | null;

  @Field(() => String, {
    nullable: true,
    description: "The Access ID shown to partners, once active. Readable by every program-associated member.",
  })
  accessId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The Contract ID shown to partners (e.g. `CID-...`) of the latest benefit year, once active (a renewal issues a new one); pass it as `LinkSupportContractInput.contractNumber`. Not a node ID. Readable by every program-associated member.",
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

@ObjectType({ simpleResolvers: true, description: "Result of activateTechnicalBenefits." })
export class ActivateTechnicalBenefitsPayload {
  @Field(() => TechnicalBenefits, { nullable: true, description: "The benefits page after the call." })
  technicalBenefits!: TechnicalBenefits | null;

  @Field(() => [SupportContract], {
    nullable: true,
    description:
      "The latest benefit year's support contracts after the call: issued (activated, renewed), raised (upgraded) or existing (already active); null when refused.",
  })
  contracts!: SupportContract[] | null;

  @Field(() => Boolean, { description: "True when the benefits were already active: the existing IDs are returned, nothing was created." })
  wasAlreadyActive!: boolean;

  @Field(() => ActivationOutcome, { description: "What the call did: activated, renewed, upgraded, nothing (already active) or refused." })
  outcome!: ActivationOutcome;

  @Field(() => [UserError], {
    description: "Why activation was refused (NO_ACTIVE_OFFERS, MISSING_ROLE with `usersWhoCanActivate`); empty on success.",
  })
  userErrors!: UserError[];

  usersWhoCanActivateLocalIds!: string[];
}
