import { AuditOutcome } from "@support-hub/db";
import { Field, ID, InputType } from "type-graphql";
import "./audit.type";

@InputType({ description: "Narrows the audit log; every given criterion must match." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "Only this action (exact name, e.g. `assignUserRole`)." })
  action?: string | null;

  @Field(() => AuditOutcome, { nullable: true, description: "Only entries with this outcome." })
  outcome?: AuditOutcome | null;

  @Field(() => ID, { nullable: true, description: "Only entries whose actor is this user." })
  actorId?: string | null;
}
