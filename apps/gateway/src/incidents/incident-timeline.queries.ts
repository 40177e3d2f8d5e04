import { type IncidentEvent as IncidentEventRow, pageLimit } from "@support-hub/db";
import { IncidentEventKind, IncidentStatus } from "@support-hub/domain";
import DataLoader from "dataloader";
import { sql } from "kysely";
import type { GatewayContext } from "../context";
import type { Db } from "../database";
import { badInput } from "../errors";
import { toPage } from "../relay/connection";
import { decodeCursor, pageSize } from "../relay/cursor";
import { isUuid } from "../users/user.queries";
import {
  SupportIncidentCreatedEvent,
  type SupportIncidentEvent,
  type SupportIncidentEventConnection,
  SupportIncidentNoteEvent,
  SupportIncidentStatusChangedEvent,
  SupportIncidentUpdatedEvent,
} from "./incident-timeline.type";

const STATUS_OF_KIND: Partial<Record<IncidentEventKind, IncidentStatus>> = {
  WORK_STARTED: IncidentStatus.IN_PROGRESS,
  RESOLVED: IncidentStatus.RESOLVED,
  WITHDRAWN: IncidentStatus.WITHDRAWN,
};

/** Maps a stored event to its GraphQL object (an instance: the interface resolves its type from `kind`). */
export function toIncidentEvent(row: IncidentEventRow): SupportIncidentEvent {
  const common = { localId: row.id, actorLocalId: row.actorId, kind: row.kind, occurredAt: row.occurredAt };
  switch (row.kind) {
    case IncidentEventKind.CREATED:
      return Object.assign(new SupportIncidentCreatedEvent(), common);
    case IncidentEventKind.NOTE_ADDED:
      return Object.assign(new SupportIncidentNoteEvent(), common, { body: row.note ?? "" });
    case IncidentEventKind.UPDATED:
      return Object.assign(new SupportIncidentUpdatedEvent(), common, { changes: row.changes ?? [] });
    default:
      return Object.assign(new SupportIncidentStatusChangedEvent(), common, {
        status: STATUS_OF_KIND[row.kind] ?? IncidentStatus.OPEN,
      });
  }
}

type EventRow = IncidentEventRow & { cursorValue: string };

// Cursor timestamps as UTC text with microseconds (a JS Date would drop them, see incident.queries.ts).
const occurredAtText = sql<string>`to_char(${sql.ref("incident_events.occurred_at")} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export interface TimelineKey {
  incidentId: string;
  /** The page size (one more row is read, to know whether there is a next page). */
  size: number;
  after: { value: string; id: string } | null;
}

/**
 * Per-request loader of timeline pages. First pages of many incidents (a list that selects
 * `timeline`) come in one statement: a window function numbers each incident's events, so the
 * statement count stays constant whatever the page size. A page after a cursor is one statement.
 */
export function createTimelineLoader(db: Db) {
  return new DataLoader<TimelineKey, EventRow[], string>(
    async (keys) => {
      const firstPages = keys.filter((key) => key.after === null);
      const byIncident = new Map<string, EventRow[]>();
      if (firstPages.length > 0) {
        const limit = Math.max(...firstPages.map((key) => key.size)) + 1;
        const numbered = db
          .selectFrom("incidentEvents")
          .selectAll("incidentEvents")
          .select((eb) => [
            occurredAtText.as("cursorValue"),
            eb.fn
              .agg<number>("row_number")
              .over((over) =>
                over.partitionBy("incidentEvents.incidentId").orderBy("incidentEvents.occurredAt").orderBy("incidentEvents.id"),
              )
              .as("position"),
          ])
          .where(
            "incidentEvents.incidentId",
            "in",
            firstPages.map((key) => key.incidentId),
          );
        const rows = await db
          .selectFrom(numbered.as("numbered"))
          .selectAll()
          .where("numbered.position", "<=", limit)
          .orderBy("numbered.incidentId")
          .orderBy("numbered.position")
          .execute();
        for (const row of rows) {
          const { position: _position, ...event } = row;
          const list = byIncident.get(event.incidentId) ?? [];
          list.push(event);
          byIncident.set(event.incidentId, list);
        }
      }
      return Promise.all(
        keys.map(async (key) => {
          if (key.after === null) return (byIncident.get(key.incidentId) ?? []).slice(0, key.size + 1);
          const { value, id } = key.after;
          return db
            .selectFrom("incidentEvents")
            .selectAll("incidentEvents")
            .select(occurredAtText.as("cursorValue"))
            .where("incidentEvents.incidentId", "=", key.incidentId)
            .where(
              sql<boolean>`(${sql.ref("incident_events.occurred_at")}, ${sql.ref("incident_events.id")}) > (cast(${value} as timestamptz), cast(${id} as uuid))`,
            )
            .orderBy("incidentEvents.occurredAt")
            .orderBy("incidentEvents.id")
            .limit(pageLimit(key.size))
            .execute();
        }),
      );
    },
    { cacheKeyFn: (key) => `${key.incidentId}|${key.size}|${key.after ? `${key.after.value}|${key.after.id}` : ""}` },
  );
}

/** A page of an incident's timeline, oldest first (keyset on occurredAt, id). */
export async function loadTimeline(
  ctx: GatewayContext,
  incidentId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<SupportIncidentEventConnection> {
  const size = pageSize(first, ctx.limits.maxPageSize);
  const position = after ? decodeCursor(after) : null;
  if (position && (typeof position.value !== "string" || !TIMESTAMP.test(position.value) || !isUuid(position.id))) {
    throw badInput("`after` is not a cursor of this timeline", "after");
  }
  const rows =
    size === 0 && !position
      ? []
      : await ctx.loaders.timeline.load({
          incidentId,
          size,
          after: position ? { value: String(position.value), id: position.id } : null,
        });
  return toPage(rows, {
    first: size,
    after: position,
    cursorOf: (row) => ({ value: row.cursorValue, id: row.id }),
    toNode: toIncidentEvent,
  });
}
