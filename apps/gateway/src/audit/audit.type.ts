import { AuditOutcome } from "@support-hub/db";
import { JSONObjectResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateTimeScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";
import { PageInfo } from "../relay/page-info.type";

const OUTCOME_DOCS: Record<AuditOutcome, string> = {
  SUCCEEDED: "The action was carried out.",
  REFUSED: "A business rule refused it; the caller received `userErrors` and nothing changed.",
  DENIED: "The caller's roles did not allow it (FORBIDDEN or NOT_AUTHORIZED); nothing ran.",
  THROTTLED: "The caller was throttled (RATE_LIMITED); nothing ran.",
};

registerDescribedEnum(AuditOutcome, "AuditOutcome", "What became of an audited action.", OUTCOME_DOCS);

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "One entry of the append-only audit log: who did what to what, and how it ended. Entries can be neither changed nor deleted.",
})
export class AuditEntry extends Node {
  /** Database ids, for resolvers; not exposed. */
  actorLocalId!: string | null;
  organizationLocalId!: string | null;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => String, { description: "The request that did it (matches the `x-request-id` header and the server log)." })
  requestId!: string;

  @Field(() => String, {
    description: "What was attempted: the mutation's name (e.g. `assignUserRole`), as audited by that mutation.",
  })
  action!: string;

  @Field(() => String, { description: "Kind of object acted on (e.g. `user`), or `mutation` for a denied call." })
  targetType!: string;

  @Field(() => String, {
    nullable: true,
    description: "The object acted on: a global ID when the target is a node type, else the recorded identifier; null when none.",
  })
  targetId!: string | null;

  @Field(() => AuditOutcome, { description: "How it ended." })
  outcome!: AuditOutcome;

  @Field(() => JSONObjectResolver, {
    description: "Facts about the action (e.g. the role, the refusal codes); never secrets.",
  })
  detail!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: "An audit entry in a page of the audit log." })
export class AuditEntryEdge {
  @Field(() => String, { description: "Pass it as `after` to continue after this entry." })
  cursor!: string;

  @Field(() => AuditEntry, { description: "The entry." })
  node!: AuditEntry;
}

@ObjectType({ simpleResolvers: true, description: "A page of the audit log, newest first (Relay cursor connection)." })
export class AuditEntryConnection {
  /** Counts every entry matching the filter; run only when `totalCount` is asked for. */
  countAll!: () => Promise<number>;

  @Field(() => [AuditEntryEdge], { description: "The entries of this page, newest first." })
  edges!: AuditEntryEdge[];

  @Field(() => [AuditEntry], { description: "The entries of this page, newest first (the edges' nodes, without cursors)." })
  nodes!: AuditEntry[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many entries match the filter, over all pages." })
  totalCount!: number;
}
