import { ContractKind, ContractState } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { Node } from "../relay/node.interface";

registerDescribedEnum(ContractState, "ContractState", "Where a support contract stands on a date (`SupportContract.state(asOf:)`).", {
  ACTIVE: "In force (startsOn <= date < endsOn) and incidents remain (or unlimited): usable.",
  NOT_STARTED: "The date is before `startsOn`.",
  EXPIRED: "The date is on or after `endsOn` (the exclusive end); wins over EXHAUSTED.",
  EXHAUSTED: "A limited contract with no incidents left.",
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A support contract created by activating the technical benefits: an allowance of incidents until its end date or until none remain. " +
    "Visible to the organization's program-associated members, the platform operator, and every account linked to it.",
})
export class SupportContract extends Node {
  localId!: string;
  organizationLocalId!: string;

  @Field(() => ContractKind, { description: "On-premises product support or signature cloud support." })
  kind!: ContractKind;

  /** The row's dates and count, for `state(asOf:)`, which computes the state on the requested date. */
  stateInput!: { startsOn: string; endsOn: string; incidentsRemaining: number | null };

  @Field(() => DateScalar, { description: "First day of the contract (inclusive)." })
  startsOn!: string;

  @Field(() => DateScalar, {
    description: "End of the contract (exclusive: the first day it is expired; it is valid through the day before).",
  })
  endsOn!: string;

  @Field(() => Boolean, { description: "True when incidents are unlimited (they are counted but never run out)." })
  isUnlimited!: boolean;

  @Field(() => Int, { nullable: true, description: "Incidents granted; null when unlimited." })
  totalIncidentCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Incidents left; null when unlimited." })
  remainingIncidentCount!: number | null;

  @Field(() => Int, { description: "Incidents consumed and not refunded (counted for unlimited contracts too)." })
  usedIncidentCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Linking a pair that is already linked to your account is not an error: this says since when, which contracts, their state and remaining incidents, and that nothing more is needed.",
})
export class LinkDiagnostic {
  @Field(() => Boolean, { description: "Always true: the account was already linked to every usable contract of the pair." })
  wasAlreadyLinked!: boolean;

  @Field(() => DateTimeScalar, { description: "When this account first linked these contracts." })
  firstLinkedAt!: Date;

  @Field(() => Boolean, {
    description: "Always true: nothing more is needed; the account can open support requests with these contracts.",
  })
  canOpenIncidents!: boolean;

  @Field(() => String, { description: "The diagnostic in words, safe to show to the user." })
  message!: string;

  @Field(() => [SupportContract], { description: "The contracts of the pair, with state and incidents remaining." })
  contracts!: SupportContract[];
}

@ObjectType({ simpleResolvers: true, description: "Result of linkSupportContract." })
export class LinkSupportContractPayload {
  @Field(() => [SupportContract], {
    nullable: true,
    description: "The contracts of the pair now linked to your account (newly or earlier); null when refused.",
  })
  contracts!: SupportContract[] | null;

  @Field(() => LinkDiagnostic, {
    nullable: true,
    description: "Set when the account was already linked (a success, not an error); null otherwise.",
  })
  diagnostic!: LinkDiagnostic | null;

  @Field(() => [UserError], {
    description: "Why linking was refused (INVALID_PAIR, CONTRACT_EXPIRED, NO_INCIDENTS_REMAINING, ...); empty on success.",
  })
  userErrors!: UserError[];
}
