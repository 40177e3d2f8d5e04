import type { NewIncident } from "../schema/incident.table";
import type { NewIncidentEvent } from "../schema/incident-event.table";
import { DEMO_USERS } from "./demo-ids";

type SeededIncident = NewIncident & { id: string; status?: string };

/** A fixed event id per (incident number, event index): re-seeding inserts nothing twice. */
function eventId(incidentNumber: number, index: number): string {
  return `81000000-0000-4000-8${String(index).padStart(3, "0")}-${String(incidentNumber).padStart(12, "0")}`;
}

function plusHours(timestamp: Date | string | undefined, hours: number): string {
  return new Date(new Date(timestamp ?? 0).getTime() + hours * 3_600_000).toISOString();
}

/**
 * The demo incidents' timelines, consistent with their status and timestamps: opened by the
 * requester; support starts work two hours later on incidents past OPEN (except withdrawn ones,
 * withdrawn before work started); the operator resolves; the requester withdraws. Incidents in
 * progress get a note from support, so the demo shows every kind of event.
 */
export function demoIncidentEvents(incidents: readonly SeededIncident[]): NewIncidentEvent[] {
  const operator = DEMO_USERS.operator.id;
  return incidents.flatMap((incident) => {
    const number = Number(incident.number);
    const events: NewIncidentEvent[] = [
      { incidentId: incident.id, kind: "CREATED", actorId: incident.createdBy, occurredAt: incident.createdAt ?? undefined },
    ];
    if (incident.status === "IN_PROGRESS" || incident.status === "RESOLVED") {
      events.push({ incidentId: incident.id, kind: "WORK_STARTED", actorId: operator, occurredAt: plusHours(incident.createdAt, 2) });
    }
    if (incident.status === "IN_PROGRESS") {
      events.push({
        incidentId: incident.id,
        kind: "NOTE_ADDED",
        actorId: operator,
        occurredAt: plusHours(incident.createdAt, 3),
        note: "We are reproducing the problem and will call the contact today.",
      });
    }
    if (incident.status === "RESOLVED" && incident.resolvedAt) {
      events.push({ incidentId: incident.id, kind: "RESOLVED", actorId: operator, occurredAt: incident.resolvedAt });
    }
    if (incident.status === "WITHDRAWN" && incident.withdrawnAt) {
      events.push({ incidentId: incident.id, kind: "WITHDRAWN", actorId: incident.createdBy, occurredAt: incident.withdrawnAt });
    }
    return events.map((event, index) => ({ ...event, id: eventId(number, index) }));
  });
}
