import type { IncidentEventFieldsFragment } from "@support-hub/sdk";
import { formatDateTime, humanize } from "../../api/format";

const WHAT: Record<string, string> = {
  CREATED: "Opened",
  WORK_STARTED: "Support started work",
  NOTE_ADDED: "Note",
  UPDATED: "Updated",
  RESOLVED: "Resolved",
  WITHDRAWN: "Withdrawn",
};

/** The incident's history as the API gives it (oldest first): what happened, who did it and when. */
export function IncidentTimeline({ events }: { events: readonly IncidentEventFieldsFragment[] }) {
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event, index) => (
        // Events have no ID of their own; their order is fixed (oldest first, append-only).
        // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only ever grows at its end
        <li key={index} className={`timeline-event event-${event.kind.toLowerCase()}`} data-testid="timeline-event" data-kind={event.kind}>
          <p className="timeline-head">
            <strong>{WHAT[event.kind] ?? humanize(event.kind)}</strong>
            <span className="muted">
              {" "}
              by {event.actor?.displayName ?? "a deleted account"} ·{" "}
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            </span>
          </p>
          {event.__typename === "SupportIncidentNoteEvent" ? <p className="timeline-note">{event.body}</p> : null}
          {event.__typename === "SupportIncidentUpdatedEvent" ? (
            <ul className="timeline-changes">
              {event.changes.map((change) => (
                <li key={change.field}>
                  {humanize(change.field)}: {change.from || "—"} → {change.to || "—"}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
