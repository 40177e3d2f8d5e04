import { isOperator } from "../roles/role-predicates";
import type { Role } from "../vocabulary";

/** The reader of {@link canReadIncident}: a signed-in user. */
export interface IncidentReader {
  id: string;
  organizationId: string | null;
  roles: readonly Role[];
}

/**
 * Who may read an incident: the platform operator, every user of the incident's organization,
 * and its requester (who may belong to no organization, or to the CSP partner that opened it for
 * a customer). The gateway also has this rule as a SQL filter for lists; a test proves both agree.
 */
export function canReadIncident(reader: IncidentReader | null, incident: { organizationId: string; createdBy: string | null }): boolean {
  if (!reader) return false;
  return (
    isOperator(reader.roles) ||
    incident.createdBy === reader.id ||
    (reader.organizationId !== null && incident.organizationId === reader.organizationId)
  );
}
