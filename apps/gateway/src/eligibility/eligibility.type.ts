import { EligibilityRule, NextAction, StepResult } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar } from "../common/scalars";
import { User } from "../users/user.type";

registerDescribedEnum(EligibilityRule, "EligibilityRule", "The rules of eligibility, in the order they are walked.", {
  OFFER: "The organization has an active membership offer.",
  ENTITLEMENT: "The offers grant support for this kind of product.",
  ACTIVATION: "The technical benefits are activated.",
  CONTRACT: "A support contract of the right kind is in force with incidents left.",
  LINK: "Your account is linked to that contract.",
  VERSION_COVERAGE: "The product version is covered (N, or N-1 in mainstream).",
  CSP_ROLE: "For a CSP customer: the partner relationship and the Admin Agent role allow the request.",
});
registerDescribedEnum(StepResult, "StepResult", "How an eligibility step ended.", {
  PASS: "The rule holds.",
  FAIL: "The rule does not hold: see `nextAction`.",
  SKIPPED: "Not evaluated: not needed for this request, or an earlier step failed.",
});
registerDescribedEnum(NextAction, "NextAction", "What to do to get past a failed step.", {
  ACTIVATE: "An admin activates the technical benefits (`actors` names who can).",
  LINK: "Link the contract to your account with the Access ID and Contract ID.",
  ASK_ADMIN_AGENT: "Ask an Admin Agent of your organization to open the request.",
  BUY_PAID_SUPPORT: "Buy Premier Support for Partners (all products) or Advanced Support for Partners (cloud products).",
});

@ObjectType({ simpleResolvers: true, description: "One rule of the eligibility walk, with its result, the reason and what to do next." })
export class EligibilityStep {
  @Field(() => EligibilityRule, { description: "The rule." })
  rule!: EligibilityRule;

  @Field(() => StepResult, { description: "PASS, FAIL or SKIPPED." })
  result!: StepResult;

  @Field(() => String, { description: "Why, in words safe to show." })
  reason!: string;

  @Field(() => NextAction, { nullable: true, description: "What to do when the step failed; null otherwise." })
  nextAction!: NextAction | null;

  @Field(() => [User], { description: "Who can do `nextAction` when it is someone else (ACTIVATE); empty otherwise." })
  actors!: User[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Whether your account can open a support request for a product version (and a CSP customer), explained rule by rule.",
})
export class Eligibility {
  @Field(() => DateScalar, { description: "The date evaluated." })
  asOf!: string;

  @Field(() => Boolean, { description: "True when a support plan is available for the request." })
  isEligible!: boolean;

  @Field(() => [EligibilityStep], {
    description: "The rules in order: offer, entitlement, activation, contract, link, version coverage, CSP role.",
  })
  steps!: EligibilityStep[];
}
