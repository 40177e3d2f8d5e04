import { Severity } from "@support-hub/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../common/user-error.type";
import { IncidentContactInput } from "./incident.inputs";
import { SupportIncident } from "./incident.type";
import { SupportIncidentNoteEvent, SupportIncidentUpdatedEvent } from "./incident-timeline.type";

@InputType({ description: "A note for an incident's timeline." })
export class AddSupportIncidentNoteInput {
  @Field(() => ID, { description: "The incident (a SupportIncident ID)." })
  supportIncidentId!: string;

  @Field(() => String, { description: "The note (required, trimmed, at most `inputLimits.incidentNote` characters)." })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Client-chosen key (1-200 characters): sending the same note with the same key again returns the first note and adds nothing; " +
      "the same key with another body is IDEMPOTENCY_KEY_REUSED.",
  })
  idempotencyKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of `addSupportIncidentNote`." })
export class AddSupportIncidentNotePayload {
  @Field(() => SupportIncident, { nullable: true, description: "The incident; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => SupportIncidentNoteEvent, { nullable: true, description: "The note as recorded in the timeline; null when refused." })
  note!: SupportIncidentNoteEvent | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the idempotency key had been used already and the first note is returned; null when refused.",
  })
  replayed!: boolean | null;

  @Field(() => [UserError], { description: "Why no note was added (empty on success)." })
  userErrors!: UserError[];
}

@InputType({ description: "New values for an open incident; absent fields stay as they are (at least one is required)." })
export class UpdateSupportIncidentInput {
  @Field(() => ID, { description: "The incident (a SupportIncident ID)." })
  supportIncidentId!: string;

  @Field(() => Severity, { nullable: true, description: "A critical, B high, C normal." })
  severity?: Severity | null;

  @Field(() => IncidentContactInput, { nullable: true, description: "Who support should contact (replaces the whole contact)." })
  contact?: IncidentContactInput | null;

  @Field(() => String, { nullable: true, description: "Full description (at most 10 000 characters)." })
  description?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of `updateSupportIncident`." })
export class UpdateSupportIncidentPayload {
  @Field(() => SupportIncident, { nullable: true, description: "The incident as it is now; null when refused." })
  incident!: SupportIncident | null;

  @Field(() => SupportIncidentUpdatedEvent, {
    nullable: true,
    description: "The timeline entry of this update; null when refused or when no value differed from the stored one.",
  })
  update!: SupportIncidentUpdatedEvent | null;

  @Field(() => [UserError], { description: "Why nothing changed (empty on success)." })
  userErrors!: UserError[];
}
