import { TpdKind } from "@support-hub/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../common/user-error.type";
import { TpdBalance, TpdEngagement } from "./tpd.type";

@InputType({ description: "A presales or deployment engagement request." })
export class RequestTpdEngagementInput {
  @Field(() => ID, { nullable: true, description: "Your organization's ID; defaults to your organization." })
  organizationId?: string | null;

  @Field(() => TpdKind, { description: "Presales or deployment." })
  kind!: TpdKind;

  @Field(() => Int, { description: "Whole hours, 1 to 50, taken from this year's balance." })
  hours!: number;

  @Field(() => String, { description: "What the engagement is about (required, at most 2000 characters)." })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Your key for this request (at most 200 characters), per account, kept at least 24 hours. The same request with the same key returns " +
      "the first engagement and takes no more hours; a different request with that key is refused (IDEMPOTENCY_KEY_REUSED).",
  })
  idempotencyKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of requestTpdEngagement." })
export class RequestTpdEngagementPayload {
  @Field(() => TpdEngagement, { nullable: true, description: "The engagement (the first one for a repeated key); null when refused." })
  engagement!: TpdEngagement | null;

  @Field(() => TpdBalance, { nullable: true, description: "The balance after the request; null when refused." })
  balance!: TpdBalance | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the idempotency key was already used: nothing new was created or consumed; null when refused.",
  })
  isReplay!: boolean | null;

  @Field(() => [UserError], {
    description: "Why the request was refused (INVALID_HOURS, INSUFFICIENT_HOURS, NO_TPD_ENTITLEMENT, ...); empty on success.",
  })
  userErrors!: UserError[];
}
