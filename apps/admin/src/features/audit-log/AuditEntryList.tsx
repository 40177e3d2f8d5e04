import type { AuditEntryFieldsFragment } from "@support-hub/sdk";
import { formatDateTime } from "../../api/format";
import { actionLabel, detailLines, OUTCOME_LABELS } from "./audit-labels";

/** Newest first: when, who, what (action and its facts), how it ended; refusals and denials stand out. */
export function AuditEntryList({ entries, showOrganization }: { entries: readonly AuditEntryFieldsFragment[]; showOrganization: boolean }) {
  return (
    <ol className="audit-list">
      {entries.map((entry) => {
        const lines = detailLines(entry.detail);
        return (
          <li key={entry.id} className="audit-entry" data-testid="audit-entry" data-action={entry.action} data-outcome={entry.outcome}>
            <div className="audit-head">
              <strong className="audit-action">{actionLabel(entry.action)}</strong>
              <span className={`badge outcome-${entry.outcome.toLowerCase()}`}>{OUTCOME_LABELS[entry.outcome] ?? entry.outcome}</span>
            </div>
            <p className="muted small">
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> · by{" "}
              {entry.actor?.displayName ?? "someone outside your organization"}
              {showOrganization && entry.organization ? ` · ${entry.organization.name}` : ""}
            </p>
            {lines.length > 0 ? (
              <ul className="audit-detail small">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <p className="muted small audit-request">Request {entry.requestId}</p>
          </li>
        );
      })}
    </ol>
  );
}
