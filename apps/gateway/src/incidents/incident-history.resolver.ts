import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "../common/tenant";
import type { GatewayContext } from "../context";
import { badInput } from "../errors";
import { toUser } from "../users/user.mapper";
import { User } from "../users/user.type";
import {
  AddSupportIncidentNoteInput,
  AddSupportIncidentNotePayload,
  UpdateSupportIncidentInput,
  UpdateSupportIncidentPayload,
} from "./incident-history.inputs";
import { addIncidentNote, updateIncident } from "./incident-history.service";
import { loadTimeline } from "./incident-timeline.queries";
import { SupportIncidentEvent, SupportIncidentEventConnection } from "./incident-timeline.type";
import { toSupportIncident } from "./incident.mapper";
import { findReadableIncidentByNumber } from "./incident.queries";
import { SupportIncident } from "./incident.type";

/** `SR-1001`, `sr-1001` or `1001`. */
const INCIDENT_NUMBER = /^(?:SR-)?(\d{1,15})$/i;

/** Reading an incident's history and looking one up by number; adding notes and updating it. */
@Resolver(() => SupportIncident)
export class SupportIncidentHistoryResolver {
  @Authorized()
  @Query(() => SupportIncident, {
    nullable: true,
    description:
      "The incident with this number (`SR-1001`; `1001` works too), or null when there is none or you may not read it (the same rules " +
      "as `incidents`). A malformed number is BAD_USER_INPUT. Any signed-in user.",
  })
  async incident(
    @Arg("number", () => String, { description: "The incident number, e.g. `SR-1001`." }) number: string,
    @Ctx() ctx: GatewayContext,
  ) {
    const viewer = requireViewer(ctx);
    const match = INCIDENT_NUMBER.exec(number.trim());
    if (!match?.[1]) throw badInput("`number` must look like SR-1001", "number");
    const row = await findReadableIncidentByNumber(ctx.db, viewer, Number(match[1]));
    return row ? toSupportIncident(row) : null;
  }

  @FieldResolver(() => SupportIncidentEventConnection, {
    description:
      "What happened to the incident, oldest first: opened, work started, resolved or withdrawn, notes and field updates, each with " +
      "who and when. Whoever may read the incident reads its timeline. Incidents older than the timeline have their history " +
      "rebuilt from their timestamps, with `actor` null where nobody recorded who.",
  })
  timeline(
    @Root() incident: SupportIncident,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size (default 50, at most 100; more is BAD_USER_INPUT)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last event of the previous page (`pageInfo.endCursor`)." })
    after: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    return loadTimeline(ctx, incident.localId, first, after);
  }

  @Authorized()
  @Mutation(() => AddSupportIncidentNotePayload, {
    description:
      "Adds a note to an open (OPEN or IN_PROGRESS) incident's timeline. Anyone who may read the incident may: its requester, every " +
      "user of its organization, the platform operator. Refusals (INCIDENT_CLOSED, FIELD_REQUIRED, FIELD_TOO_LONG, " +
      "IDEMPOTENCY_KEY_REUSED) are userErrors; an incident you cannot see is NOT_FOUND.",
  })
  addSupportIncidentNote(
    @Arg("input", () => AddSupportIncidentNoteInput, { description: "The note." }) input: AddSupportIncidentNoteInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddSupportIncidentNotePayload> {
    return addIncidentNote(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateSupportIncidentPayload, {
    description:
      "Changes severity, contact and/or description of an open (OPEN or IN_PROGRESS) incident: its requester, a GLOBAL_ADMIN of its " +
      "organization, or the platform operator (SUPPORT_OPERATOR); other readers may add a note instead. The changes appear in the " +
      "timeline. Refusals (NOT_ALLOWED_TO_UPDATE_INCIDENT, INCIDENT_CLOSED, NOTHING_TO_UPDATE, invalid fields) are userErrors; an " +
      "incident you cannot see is NOT_FOUND.",
  })
  updateSupportIncident(
    @Arg("input", () => UpdateSupportIncidentInput, { description: "The incident and its new values." }) input: UpdateSupportIncidentInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateSupportIncidentPayload> {
    return updateIncident(ctx, input);
  }
}

@Resolver(() => SupportIncidentEvent)
export class SupportIncidentEventResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: "Who did it; null when nobody recorded who (history older than the timeline) or the account no longer exists.",
  })
  async actor(@Root() event: SupportIncidentEvent, @Ctx() ctx: GatewayContext) {
    if (!event.actorLocalId) return null;
    const row = await ctx.loaders.user.load(event.actorLocalId);
    return row ? toUser(row) : null;
  }
}
