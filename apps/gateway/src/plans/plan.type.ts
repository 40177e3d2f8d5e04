import { PaidPlanKind, PlanKind, PlanUnavailableReason, USER_ERROR_MESSAGES } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar } from "../common/scalars";
import { CspCustomer } from "../customers/customer.type";
import { ProductCoverage, ProductVersion } from "../products/product.type";

registerDescribedEnum(
  PlanUnavailableReason,
  "PlanUnavailableReason",
  "Why a support plan cannot pay for a request (a subset of UserErrorCode, same values).",
  USER_ERROR_MESSAGES,
);

registerDescribedEnum(PaidPlanKind, "PaidPlanKind", "Paid partner support plans suggested when no benefit plan is available.", {
  PREMIER_SUPPORT_FOR_PARTNERS: "Premier Support for Partners: all products.",
  ADVANCED_SUPPORT_FOR_PARTNERS: "Advanced Support for Partners: cloud products only.",
});

@ObjectType({ simpleResolvers: true, description: "A support plan of the account for a product: a contract, or a plan that needs none." })
export class SupportPlan {
  /** The contract's local id, for `supportContract`; null for plans without a contract. */
  supportContractLocalId!: string | null;

  @Field(() => PlanKind, { description: "Kind of plan." })
  kind!: PlanKind;

  @Field(() => DateScalar, { nullable: true, description: "First day of the contract (inclusive); null without a contract." })
  startsOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "End of the contract (exclusive: the first day it is expired); null without a contract.",
  })
  endsOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Incidents left; null when unlimited or without a contract." })
  remainingIncidentCount!: number | null;

  @Field(() => Boolean, { description: "Whether the plan never runs out." })
  isUnlimited!: boolean;

  @Field(() => Boolean, {
    description: "Whether opening an incident on this plan takes (or, when unlimited, counts) one incident of its contract.",
  })
  isConsuming!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A plan that cannot pay for this request, and why." })
export class UnavailableSupportPlan {
  @Field(() => SupportPlan, { description: "The plan." })
  plan!: SupportPlan;

  @Field(() => PlanUnavailableReason, { description: "Why it cannot be used." })
  reason!: PlanUnavailableReason;

  @Field(() => String, { description: "Human-readable explanation." })
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: "A paid partner support plan to consider when no benefit plan is available." })
export class PaidPlanSuggestion {
  @Field(() => PaidPlanKind, { description: "Which paid plan." })
  kind!: PaidPlanKind;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => String, { description: "What it covers." })
  description!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "The support plans of the signed-in account for a product version (and optionally a CSP customer).",
})
export class SupportPlanListing {
  @Field(() => DateScalar, { description: "The date the listing was computed for (the `asOf` argument; default today, the UTC date)." })
  asOf!: string;

  @Field(() => ProductVersion, { description: "The product version asked about." })
  productVersion!: ProductVersion;

  @Field(() => CspCustomer, {
    nullable: true,
    description: "The CSP customer the request is for, when given and served by your organization.",
  })
  customer!: CspCustomer | null;

  @Field(() => ProductCoverage, { description: "Coverage of the version on the as-of date." })
  coverage!: ProductCoverage;

  @Field(() => [SupportPlan], { description: "Plans that can pay, best first (the one an incident uses by default)." })
  available!: SupportPlan[];

  @Field(() => [UnavailableSupportPlan], { description: "Plans that cannot pay, each with its reason." })
  unavailable!: UnavailableSupportPlan[];

  @Field(() => [PaidPlanSuggestion], { description: "Paid plans to consider; empty unless nothing is available." })
  paidPlanSuggestions!: PaidPlanSuggestion[];
}
