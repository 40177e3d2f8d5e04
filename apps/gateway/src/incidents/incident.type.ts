import { IncidentStatus, PlanKind, Severity } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";
import type { ProductVersion } from "../products/product.type";
import { PageInfo } from "../relay/page-info.type";
import type { User } from "../users/user.type";

// simpleResolvers: plain data fields (no field-level auth or middleware), resolved by graphql-js
// directly instead of type-graphql's per-field wrapper (large lists: 100 incidents x ~35 fields).
@ObjectType({ simpleResolvers: true, description: "Who support should contact about an incident." })
export class IncidentContact {
  @Field(() => String, { description: "Contact name." })
  name!: string;

  @Field(() => String, { description: "Contact e-mail address." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Contact phone number, if given." })
  phone!: string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A support incident (support request). Visible to the users of its organization, to the account that opened it, and to the platform operator.",
})
export class SupportIncident extends Node {
  localId!: string;
  organizationLocalId!: string;
  customerLocalId!: string | null;
  productVersionLocalId!: string;
  createdByLocalId!: string;
  supportContractLocalId!: string | null;
  /**
   * Set when the statement that read the incident joined them: the field resolvers answer
   * synchronously (no loader round). A deleted creator is null.
   */
  preloaded?: { productVersion?: ProductVersion; createdBy?: User | null };

  @Field(() => String, { description: "Human-readable number, e.g. `SR-1001`." })
  number!: string;

  @Field(() => Int, { description: "The raw incident number (1001 for `SR-1001`)." })
  sequenceNumber!: number;

  @Field(() => String, { description: "Short summary." })
  title!: string;

  @Field(() => String, { description: "Full description of the problem." })
  description!: string;

  @Field(() => Severity, { description: "A critical, B high, C normal." })
  severity!: Severity;

  @Field(() => IncidentStatus, { description: "Lifecycle status." })
  status!: IncidentStatus;

  @Field(() => PlanKind, { description: "The plan that paid for the incident." })
  planKind!: PlanKind;

  @Field(() => Boolean, { description: "Whether opening it took (or, on an unlimited contract, counted) one incident from the contract." })
  wasConsumed!: boolean;

  @Field(() => Boolean, { description: "Whether the consumed incident has been given back (withdrawn before work started)." })
  isRefunded!: boolean;

  @Field(() => IncidentContact, { description: "Who support should contact." })
  contact!: IncidentContact;

  @Field(() => DateTimeScalar, { description: "When it was opened." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "Last change." })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was resolved; null unless RESOLVED." })
  resolvedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was withdrawn; null unless WITHDRAWN." })
  withdrawnAt!: Date | null;

  /**
   * Every field set here, in one order: V8 then keeps them inside the object (a page makes 50 to
   * 100 incidents; filling an empty instance with `Object.assign` cost 7x as much). No argument
   * for type-graphql, which may make an empty instance.
   */
  constructor(fields?: SupportIncidentFields) {
    super();
    if (!fields) return;
    this.id = fields.id;
    this.localId = fields.localId;
    this.organizationLocalId = fields.organizationLocalId;
    this.customerLocalId = fields.customerLocalId;
    this.productVersionLocalId = fields.productVersionLocalId;
    this.createdByLocalId = fields.createdByLocalId;
    this.supportContractLocalId = fields.supportContractLocalId;
    this.preloaded = fields.preloaded;
    this.number = fields.number;
    this.sequenceNumber = fields.sequenceNumber;
    this.title = fields.title;
    this.description = fields.description;
    this.severity = fields.severity;
    this.status = fields.status;
    this.planKind = fields.planKind;
    this.wasConsumed = fields.wasConsumed;
    this.isRefunded = fields.isRefunded;
    this.contact = fields.contact;
    this.createdAt = fields.createdAt;
    this.updatedAt = fields.updatedAt;
    this.resolvedAt = fields.resolvedAt;
    this.withdrawnAt = fields.withdrawnAt;
  }
}

/** The data of a `SupportIncident` (its methods and decorators aside). */
export type SupportIncidentFields = { [K in keyof SupportIncident]: SupportIncident[K] };

@ObjectType({ simpleResolvers: true, description: "An incident in a page of incidents, with its cursor." })
export class SupportIncidentEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the incidents after this one." })
  cursor!: string;

  @Field(() => SupportIncident, { description: "The incident." })
  node!: SupportIncident;
}

@ObjectType({ simpleResolvers: true, description: "A page of support incidents (Relay connection)." })
export class SupportIncidentConnection {
  /** Counts every incident matching the filter, ignoring the page; run only when `totalCount` is selected. */
  countTotal!: () => Promise<number>;

  @Field(() => [SupportIncidentEdge], { description: "The incidents of this page, with cursors." })
  edges!: SupportIncidentEdge[];

  @Field(() => [SupportIncident], { description: "The incidents of this page (same as `edges.node`)." })
  nodes!: SupportIncident[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;
}
