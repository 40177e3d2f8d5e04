import type { Incident as IncidentRow, IncidentEvent as IncidentEventRow, Transaction, Database } from "@support-hub/db";
import {
  decideIncidentNote,
  decideIncidentUpdate,
  decideNoteReplay,
  type IncidentEditFailure,
  IncidentEventKind,
  validateIdempotencyKey,
} from "@support-hub/domain";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { requireViewer } from "../common/tenant";
import { inputFieldErrors, type UserError, userError } from "../common/user-error.type";
import type { GatewayContext, Viewer } from "../context";
import { notFound } from "../errors";
import type { AddSupportIncidentNotePayload, UpdateSupportIncidentInput, UpdateSupportIncidentPayload } from "./incident-history.inputs";
import { appendIncidentEvent } from "./incident-events";
import { decodeIncidentId, TARGET } from "./incident-status.service";
import { toIncidentEvent } from "./incident-timeline.queries";
import type { SupportIncidentNoteEvent, SupportIncidentUpdatedEvent } from "./incident-timeline.type";
import { toSupportIncident } from "./incident.mapper";
import { findReadableIncident } from "./incident.queries";

/** userErrors of a domain refusal or of its field errors (fields under `input`). */
function failureErrors(failure: IncidentEditFailure): UserError[] {
  return failure.outcome === "INVALID" ? inputFieldErrors(failure.errors) : [userError(failure.reason, null, failure.message)];
}

async function lockReadable(trx: Transaction<Database>, viewer: Viewer, localId: string): Promise<IncidentRow> {
  const row = await findReadableIncident(trx, viewer, localId, true);
  if (!row) throw notFound("Support incident");
  return row;
}

type NoteOutcome = MutationOutcome<AddSupportIncidentNotePayload>;

function noteRefused(row: IncidentRow, errors: UserError[]): NoteOutcome {
  return {
    ok: false,
    payload: { incident: null, note: null, replayed: null, userErrors: errors },
    organizationId: row.organizationId,
    targetId: row.id,
  };
}

function noteAdded(row: IncidentRow, event: IncidentEventRow, replayed: boolean): NoteOutcome {
  return {
    ok: true,
    payload: { incident: toSupportIncident(row), note: toIncidentEvent(event) as SupportIncidentNoteEvent, replayed, userErrors: [] },
    organizationId: row.organizationId,
    targetId: row.id,
    detail: { number: row.number, eventId: event.id, replayed },
  };
}

/**
 * addSupportIncidentNote: anyone who may read the incident adds a note while it is open
 * (`decideIncidentNote`). With an idempotency key, the same note again is answered with the first
 * one (even once the incident has closed since); another body with that key is refused.
 */
export function addIncidentNote(
  ctx: GatewayContext,
  input: { supportIncidentId: string; body: string; idempotencyKey?: string | null },
): Promise<AddSupportIncidentNotePayload> {
  const viewer = requireViewer(ctx);
  const id = decodeIncidentId(input.supportIncidentId, "supportIncidentId");
  return runMutation<AddSupportIncidentNotePayload>(ctx, { action: "addSupportIncidentNote", targetType: TARGET }, async (trx) => {
    const row = await lockReadable(trx, viewer, id);
    const keyCheck = validateIdempotencyKey(input.idempotencyKey);
    if (!keyCheck.ok) return noteRefused(row, [userError(keyCheck.code, ["input", "idempotencyKey"], keyCheck.message)]);
    const { key } = keyCheck;
    if (key !== null) {
      // The incident row is locked: a concurrent repeat waits here, then finds this note.
      const earlier = await trx
        .selectFrom("incidentEvents")
        .selectAll()
        .where("incidentId", "=", row.id)
        .where("actorId", "=", viewer.id)
        .where("idempotencyKey", "=", key)
        .executeTakeFirst();
      if (earlier) {
        const replay = decideNoteReplay(earlier.note ?? "", input.body);
        if (replay.outcome !== "REPLAY") return noteRefused(row, failureErrors(replay));
        return noteAdded(row, earlier, true);
      }
    }
    const decision = decideIncidentNote({ incident: row, body: input.body });
    if (decision.outcome !== "ADD") return noteRefused(row, failureErrors(decision));
    const now = new Date();
    const event = await appendIncidentEvent(trx, {
      incidentId: row.id,
      kind: IncidentEventKind.NOTE_ADDED,
      actorId: viewer.id,
      occurredAt: now,
      note: decision.body,
      idempotencyKey: key,
    });
    // A note is activity: it moves the incident up in UPDATED_AT order.
    const updated = await trx
      .updateTable("incidents")
      .set({ updatedAt: now })
      .where("id", "=", row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return noteAdded(updated, event, false);
  });
}

/**
 * updateSupportIncident: the requester, a Global Admin of the incident's organization or the
 * operator changes severity, contact and/or description of an open incident
 * (`decideIncidentUpdate`); the real changes are recorded as one UPDATED event.
 */
export function updateIncident(ctx: GatewayContext, input: UpdateSupportIncidentInput): Promise<UpdateSupportIncidentPayload> {
  const viewer = requireViewer(ctx);
  const id = decodeIncidentId(input.supportIncidentId, "supportIncidentId");
  return runMutation<UpdateSupportIncidentPayload>(ctx, { action: "updateSupportIncident", targetType: TARGET }, async (trx) => {
    const row = await lockReadable(trx, viewer, id);
    const decision = decideIncidentUpdate({
      incident: {
        status: row.status,
        createdBy: row.createdBy,
        organizationId: row.organizationId,
        severity: row.severity,
        description: row.description,
        contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
      },
      actor: viewer,
      request: { severity: input.severity, description: input.description, contact: input.contact },
    });
    if (decision.outcome !== "UPDATE") {
      return {
        ok: false,
        payload: { incident: null, update: null, userErrors: failureErrors(decision) },
        organizationId: row.organizationId,
        targetId: row.id,
      };
    }
    if (decision.changes.length === 0) {
      return {
        ok: true,
        payload: { incident: toSupportIncident(row), update: null, userErrors: [] },
        organizationId: row.organizationId,
        targetId: row.id,
        detail: { number: row.number, fields: [] },
      };
    }
    const now = new Date();
    const { set } = decision;
    const updated = await trx
      .updateTable("incidents")
      .set({
        updatedAt: now,
        ...(set.severity ? { severity: set.severity } : {}),
        ...(set.description !== undefined ? { description: set.description } : {}),
        ...(set.contact ? { contactName: set.contact.name, contactEmail: set.contact.email, contactPhone: set.contact.phone } : {}),
      })
      .where("id", "=", row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const event = await appendIncidentEvent(trx, {
      incidentId: row.id,
      kind: IncidentEventKind.UPDATED,
      actorId: viewer.id,
      occurredAt: now,
      changes: decision.changes,
    });
    return {
      ok: true,
      payload: { incident: toSupportIncident(updated), update: toIncidentEvent(event) as SupportIncidentUpdatedEvent, userErrors: [] },
      organizationId: row.organizationId,
      targetId: row.id,
      // Field names only: the audit log is not a second copy of incident contents.
      detail: { number: row.number, fields: decision.changes.map((change) => change.field) },
    };
  });
}
