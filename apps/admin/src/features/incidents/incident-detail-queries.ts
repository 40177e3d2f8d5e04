import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";

/** One incident by its number (`SR-1001`); null when there is none or this viewer may not read it. */
export function useIncidentByNumber(number: string) {
  const variables = { number };
  return useSdkQuery(sdkKey("incidentByNumber", variables), (client, signal) => client.incidentByNumber(variables, { signal }));
}

// Enough for any real incident's history on one screen; the API pages beyond it (oldest first).
const TIMELINE_PAGE = 100;

/** The incident's timeline, oldest first: opened, work started, notes, updates, resolved or withdrawn. */
export function useIncidentTimeline(incidentId: string | undefined) {
  const variables = { id: incidentId ?? "", first: TIMELINE_PAGE };
  return useSdkQuery(sdkKey("incidentTimeline", variables), (client, signal) => client.incidentTimeline(variables, { signal }), {
    enabled: Boolean(incidentId),
  });
}

export const useAddIncidentNote = () =>
  useSdkMutation(
    "addSupportIncidentNote",
    (client, { incidentId, body, idempotencyKey }: { incidentId: string; body: string; idempotencyKey: string }) =>
      client.addSupportIncidentNote({ supportIncidentId: incidentId, body }, { idempotencyKey }),
  );
