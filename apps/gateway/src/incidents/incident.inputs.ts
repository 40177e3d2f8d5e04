import { IncidentStatus, PlanKind, Severity } from "@support-hub/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateTimeScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { SupportPlanListing } from "../plans/plan.type";
import { SupportContract } from "../contracts/contracts.type";
import { SupportIncident } from "./incident.type";

export const SupportIncidentOrderField = {
  CREATED_AT: "CREATED_AT",
  NUMBER: "NUMBER",
  SEVERITY: "SEVERITY",
  UPDATED_AT: "UPDATED_AT",
} as const;
export type SupportIncidentOrderField = (typeof SupportIncidentOrderField)[keyof typeof SupportIncidentOrderField];

registerDescribedEnum(
  SupportIncidentOrderField,
  "SupportIncidentOrderField",
  "What to sort incidents by (ties are broken by ID, so pages never overlap).",
  {
    CREATED_AT: "When the incident was opened.",
    NUMBER: "The incident number.",
    SEVERITY: "Severity; ascending puts the most critical (A) first.",
    UPDATED_AT: "Last change.",
  },
);

export const OrderDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type OrderDirection = (typeof OrderDirection)[keyof typeof OrderDirection];

registerDescribedEnum(OrderDirection, "OrderDirection", "Sort direction.", {
  ASC: "Ascending: smallest, oldest or first letter first.",
  DESC: "Descending: largest, newest or last letter first.",
});

@InputType({ description: "Which incidents to list. All conditions must hold; an absent condition matches everything." })
export class SupportIncidentFilter {
  @Field(() => [IncidentStatus], { nullable: true, description: "Any of these statuses (absent or empty: any status)." })
  status?: IncidentStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Incidents on any version of this product (a Product ID)." })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: "Incidents on this product version (a ProductVersion ID)." })
  productVersionId?: string | null;

  @Field(() => ID, { nullable: true, description: "Incidents for this CSP customer (a CspCustomer ID)." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Incidents opened by this user (a User ID)." })
  createdById?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Incidents of this organization (an Organization ID). Another tenant's organization matches nothing.",
  })
  organizationId?: string | null;

  @Field(() => [Severity], { nullable: true, description: "Any of these severities (absent or empty: any severity)." })
  severity?: Severity[] | null;

  @Field(() => [PlanKind], { nullable: true, description: "Paid by any of these plan kinds (absent or empty: any plan)." })
  planKind?: PlanKind[] | null;

  @Field(() => ID, { nullable: true, description: "Incidents charged to this support contract (a SupportContract ID)." })
  supportContractId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Opened at or after this instant (inclusive)." })
  createdAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Opened before this instant (exclusive), so ranges tile without overlap." })
  createdBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Text search, case-insensitive: incidents whose title or description contains it, or whose number it is (`SR-1001` or `1001`). " +
      "Trimmed; blank matches everything; `%` and `_` are plain characters. At most `inputLimits.incidentSearchQuery` characters.",
  })
  query?: string | null;
}

@InputType({ description: "Sort order of incidents." })
export class SupportIncidentOrder {
  @Field(() => SupportIncidentOrderField, { description: "What to sort by." })
  field!: SupportIncidentOrderField;

  @Field(() => OrderDirection, { description: "Direction." })
  direction!: OrderDirection;
}

@InputType({ description: "Who support should contact." })
export class IncidentContactInput {
  @Field(() => String, { description: "Contact name (required, at most 100 characters)." })
  name!: string;

  @Field(() => String, { description: "Contact e-mail address (required, name@domain.tld, at most 254 characters)." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Contact phone (optional, at most 30 characters)." })
  phone?: string | null;
}

@InputType({ description: "A new support incident." })
export class CreateSupportIncidentInput {
  @Field(() => ID, { description: "The product version (a ProductVersion ID)." })
  productVersionId!: string;

  @Field(() => String, { description: "Short summary (required, at most 200 characters)." })
  title!: string;

  @Field(() => String, { description: "Full description (required, at most 10 000 characters)." })
  description!: string;

  @Field(() => Severity, { description: "A critical, B high, C normal." })
  severity!: Severity;

  @Field(() => IncidentContactInput, { description: "Who support should contact." })
  contact!: IncidentContactInput;

  @Field(() => ID, {
    nullable: true,
    description: "The CSP customer the incident is for (a CspCustomer ID); omit for your own organization.",
  })
  customerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Charge this support contract (a SupportContract node ID, not the Contract ID shown to partners) instead of the default plan.",
  })
  supportContractId?: string | null;

  @Field(() => PlanKind, { nullable: true, description: "Use a plan of this kind instead of the default plan." })
  planKind?: PlanKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Client-chosen key (1-200 characters), per account, kept at least 24 hours: the same request with the same key returns the first incident " +
      "and consumes nothing more; a different request with the same key is refused (userError IDEMPOTENCY_KEY_REUSED).",
  })
  idempotencyKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of `createSupportIncident`." })
export class CreateSupportIncidentPayload {
  @Field(() => SupportIncident, { nullable: true, description: "The incident; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the idempotency key had been used already and the first incident is returned; null when refused.",
  })
  isReplay!: boolean | null;

  @Field(() => SupportContract, {
    nullable: true,
    description:
      "The contract charged, with its remaining count after this incident; null when refused and for plans without a contract (Microsoft 365, Cloud Solution Provider). On a replay, the contract as it is now.",
  })
  supportContract!: SupportContract | null;

  @Field(() => [UserError], { description: "Why no incident was opened (empty on success)." })
  userErrors!: UserError[];

  @Field(() => SupportPlanListing, {
    nullable: true,
    description:
      "When no plan could pay (a plan refusal): the account's support plans for the product version, with each unavailable plan's reason " +
      "and the paid plan suggestions, as `supportPlans` would answer, so no second query is needed. Null on success, on a replay and on invalid input.",
  })
  supportPlans!: SupportPlanListing | null;
}

@InputType({ description: "The incident to withdraw." })
export class WithdrawSupportIncidentInput {
  @Field(() => ID, { description: "The incident (a SupportIncident ID)." })
  incidentId!: string;
}

@ObjectType({ simpleResolvers: true, description: "Result of `withdrawSupportIncident`." })
export class WithdrawSupportIncidentPayload {
  @Field(() => SupportIncident, { nullable: true, description: "The withdrawn incident; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether this call gave the consumed incident back to its contract; null when refused.",
  })
  wasRefunded!: boolean | null;

  @Field(() => SupportContract, {
    nullable: true,
    description: "The contract refunded, with its remaining count after the refund; null when refused and for plans without a contract.",
  })
  supportContract!: SupportContract | null;

  @Field(() => [UserError], { description: "Why nothing changed (empty on success)." })
  userErrors!: UserError[];
}

@InputType({ description: "The incident to resolve." })
export class ResolveSupportIncidentInput {
  @Field(() => ID, { description: "The incident (a SupportIncident ID)." })
  incidentId!: string;
}

@ObjectType({ simpleResolvers: true, description: "Result of `resolveSupportIncident`." })
export class ResolveSupportIncidentPayload {
  @Field(() => SupportIncident, { nullable: true, description: "The resolved incident; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => [UserError], { description: "Why nothing changed (empty on success)." })
  userErrors!: UserError[];
}

@InputType({ description: "The incident support starts working on." })
export class StartWorkOnSupportIncidentInput {
  @Field(() => ID, { description: "The incident (a SupportIncident ID)." })
  incidentId!: string;
}

@ObjectType({ simpleResolvers: true, description: "Result of `startWorkOnSupportIncident`." })
export class StartWorkOnSupportIncidentPayload {
  @Field(() => SupportIncident, { nullable: true, description: "The incident, now IN_PROGRESS; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => [UserError], { description: "Why nothing changed (empty on success)." })
  userErrors!: UserError[];
}
