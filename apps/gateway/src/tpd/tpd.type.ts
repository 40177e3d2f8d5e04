import { TpdKind } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A presales or deployment (TPD) engagement request; its hours were taken from the organization's TPD balance.",
})
export class TpdEngagement extends Node {
  localId!: string;
  organizationLocalId!: string;
  createdByLocalId!: string;

  @Field(() => TpdKind, { description: "Presales or deployment." })
  kind!: TpdKind;

  @Field(() => Int, { description: "Hours taken from the balance." })
  hours!: number;

  @Field(() => String, { description: "What the engagement is about." })
  description!: string;

  @Field(() => DateScalar, {
    description: "First day (1 January, inclusive) of the TPD period (calendar year) whose balance paid for it.",
  })
  periodStartsOn!: string;

  @Field(() => DateTimeScalar, { description: "When it was requested." })
  createdAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "An organization's presales and deployment hours for one period (the calendar year). TPD needs no activation. " +
    "The total is the best yearly entitlement of the period (never lowered once hours were granted).",
})
export class TpdBalance {
  organizationLocalId!: string;

  @Field(() => DateScalar, { description: "First day of the period (1 January, inclusive)." })
  periodStartsOn!: string;

  @Field(() => DateScalar, {
    description: "End of the period (exclusive: 1 January of the next year; the period runs through 31 December).",
  })
  periodEndsOn!: string;

  @Field(() => Int, { description: "Hours granted for the period." })
  totalHours!: number;

  @Field(() => Int, { description: "Hours already requested." })
  usedHours!: number;

  @Field(() => Int, { description: "Hours left: total minus used." })
  remainingHours!: number;
}
