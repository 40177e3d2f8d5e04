import { ACTION_LABELS, actionLabel, OUTCOME_LABELS } from "./audit-labels";
import { AUDIT_OUTCOMES, type AuditSearch } from "./audit-search";

export type AuditFilterValues = Pick<AuditSearch, "action" | "actorId" | "outcome">;

export function AuditFilters({
  filters,
  onChange,
  actors,
}: {
  filters: AuditFilterValues;
  onChange: (filters: AuditFilterValues) => void;
  /** The organization's users; null when no organization is picked (the operator's whole log). */
  actors: readonly { id: string; displayName: string }[] | null;
}) {
  // An action from a hand-edited URL that the list does not know still shows as the chosen one.
  const actions = Object.keys(ACTION_LABELS);
  if (filters.action && !actions.includes(filters.action)) actions.push(filters.action);
  return (
    <div className="filters">
      <label className="inline-field">
        Action
        <select value={filters.action ?? ""} onChange={(event) => onChange({ ...filters, action: event.target.value || undefined })}>
          <option value="">All actions</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)}
            </option>
          ))}
        </select>
      </label>
      {actors ? (
        <label className="inline-field">
          Who
          <select value={filters.actorId ?? ""} onChange={(event) => onChange({ ...filters, actorId: event.target.value || undefined })}>
            <option value="">Anyone</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.displayName}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="inline-field">
        Outcome
        <select
          value={filters.outcome ?? ""}
          onChange={(event) => onChange({ ...filters, outcome: AUDIT_OUTCOMES.find((outcome) => outcome === event.target.value) })}
        >
          <option value="">Any outcome</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
