import { IncidentEditableField, IncidentEventKind, IncidentStatus } from "@support-hub/domain";
import { Field, InterfaceType, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateTimeScalar } from "../common/scalars";
import { PageInfo } from "../relay/page-info.type";

registerDescribedEnum(IncidentEventKind, "SupportIncidentEventKind", "What happened to an incident.", {
  CREATED: "The incident was opened.",
  WORK_STARTED: "Support started working on it (OPEN to IN_PROGRESS).",
  RESOLVED: "It was resolved.",
  WITHDRAWN: "It was withdrawn.",
  NOTE_ADDED: "Someone added a note.",
  UPDATED: "Its severity, contact or description changed.",
});

registerDescribedEnum(IncidentEditableField, "SupportIncidentEditableField", "A field `updateSupportIncident` may change.", {
  SEVERITY: "`severity`.",
  CONTACT: "`contact` (name, e-mail and phone together).",
  DESCRIPTION: "`description`.",
});

/** Resolves an event row to its GraphQL object type. */
export function eventTypeName(event: { kind: IncidentEventKind }): string {
  switch (event.kind) {
    case IncidentEventKind.CREATED:
      return "SupportIncidentCreatedEvent";
    case IncidentEventKind.NOTE_ADDED:
      return "SupportIncidentNoteEvent";
    case IncidentEventKind.UPDATED:
      return "SupportIncidentUpdatedEvent";
    default:
      return "SupportIncidentStatusChangedEvent";
  }
}

/**
 * One entry of an incident's timeline. Query the common fields here, the specifics with inline
 * fragments (`... on SupportIncidentNoteEvent { body }`).
 */
@InterfaceType("SupportIncidentEvent", {
  description:
    "Something that happened to a support incident: opened, a status change, a note, a field update. " +
    "Concrete types: SupportIncidentCreatedEvent, SupportIncidentStatusChangedEvent, SupportIncidentNoteEvent, SupportIncidentUpdatedEvent.",
  resolveType: eventTypeName,
})
export abstract class SupportIncidentEvent {
  localId!: string;
  actorLocalId!: string | null;

  @Field(() => IncidentEventKind, { description: "What happened (the concrete type says the same, for clients that prefer a switch)." })
  kind!: IncidentEventKind;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;
}

@ObjectType({ simpleResolvers: true, implements: SupportIncidentEvent, description: "The incident was opened; `actor` is its requester." })
export class SupportIncidentCreatedEvent extends SupportIncidentEvent {}

@ObjectType({
  simpleResolvers: true,
  implements: SupportIncidentEvent,
  description: "The status changed: work started (IN_PROGRESS), resolved (RESOLVED) or withdrawn (WITHDRAWN).",
})
export class SupportIncidentStatusChangedEvent extends SupportIncidentEvent {
  @Field(() => IncidentStatus, { description: "The status the incident moved to." })
  status!: IncidentStatus;
}

@ObjectType({
  simpleResolvers: true,
  implements: SupportIncidentEvent,
  description: "A note added to the incident (`addSupportIncidentNote`).",
})
export class SupportIncidentNoteEvent extends SupportIncidentEvent {
  @Field(() => String, { description: "The note, as written (trimmed)." })
  body!: string;
}

@ObjectType({ simpleResolvers: true, description: "One field changed by `updateSupportIncident`, with its values before and after." })
export class SupportIncidentFieldChange {
  @Field(() => IncidentEditableField, { description: "Which field." })
  field!: IncidentEditableField;

  @Field(() => String, { description: "Value before (severity letter; contact as `name <email> phone`; the description text)." })
  from!: string;

  @Field(() => String, { description: "Value after, written like `from`." })
  to!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: SupportIncidentEvent,
  description: "Severity, contact or description changed (`updateSupportIncident`).",
})
export class SupportIncidentUpdatedEvent extends SupportIncidentEvent {
  @Field(() => [SupportIncidentFieldChange], { description: "The fields that changed (at least one)." })
  changes!: SupportIncidentFieldChange[];
}

/** The concrete event types, for `orphanedTypes` (a client reaches them only through the interface). */
export const SUPPORT_INCIDENT_EVENT_TYPES = [
  SupportIncidentCreatedEvent,
  SupportIncidentStatusChangedEvent,
  SupportIncidentNoteEvent,
  SupportIncidentUpdatedEvent,
];

@ObjectType({ simpleResolvers: true, description: "A timeline entry in a page of events, with its cursor." })
export class SupportIncidentEventEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the events after this one." })
  cursor!: string;

  @Field(() => SupportIncidentEvent, { description: "The event." })
  node!: SupportIncidentEvent;
}

@ObjectType({ simpleResolvers: true, description: "A page of an incident's timeline, oldest first (Relay connection)." })
export class SupportIncidentEventConnection {
  @Field(() => [SupportIncidentEventEdge], { description: "The events of this page, with cursors." })
  edges!: SupportIncidentEventEdge[];

  @Field(() => [SupportIncidentEvent], { description: "The events of this page (same as `edges.node`)." })
  nodes!: SupportIncidentEvent[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;
}
