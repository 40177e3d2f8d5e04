import type { IncidentFieldsFragment } from "@support-hub/sdk";
import { Link } from "@tanstack/react-router";
import { formatDateTime, humanize, planLabel } from "../../api/format";

export function IncidentList({
  incidents,
  viewerId,
  showOrganization = false,
  busyId,
  onWithdraw,
  onResolve,
}: {
  incidents: readonly IncidentFieldsFragment[];
  viewerId: string;
  /** The operator reads every organization's incidents: say whose each is. */
  showOrganization?: boolean;
  busyId: string | null;
  onWithdraw: (incident: IncidentFieldsFragment) => void;
  onResolve: (incident: IncidentFieldsFragment) => void;
}) {
  return (
    <ul className="incident-list">
      {incidents.map((incident) => {
        const open = incident.status === "OPEN";
        const mine = incident.createdBy?.id === viewerId;
        return (
          <li key={incident.id} className="incident" data-testid="incident" data-number={incident.number}>
            <div className="incident-head">
              <Link to="/incidents/$number" params={{ number: incident.number }} className="incident-number">
                {incident.number}
              </Link>
              <span className={`badge status-${incident.status.toLowerCase()}`}>{humanize(incident.status)}</span>
              <span className={`badge severity-${incident.severity.toLowerCase()}`} title="Severity">
                Sev {incident.severity}
              </span>
            </div>
            <p className="incident-title">{incident.title}</p>
            <p className="muted small">
              {incident.productVersion.product.name} {incident.productVersion.name} · {planLabel(incident.planKind)}
              {showOrganization && incident.organization ? ` · ${incident.organization.name}` : ""}
              {incident.customer ? ` · for ${incident.customer.name}` : ""} · by {incident.createdBy?.displayName ?? "a deleted account"} ·{" "}
              {formatDateTime(incident.createdAt)}
              {incident.isRefunded ? " · refunded" : ""}
            </p>
            {open || incident.status === "IN_PROGRESS" ? (
              <div className="actions">
                {open && mine ? (
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={busyId === incident.id}
                    onClick={() => onWithdraw(incident)}
                    aria-label={`Withdraw ${incident.number}`}
                  >
                    Withdraw
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button small secondary"
                  disabled={busyId === incident.id}
                  onClick={() => onResolve(incident)}
                  aria-label={`Resolve ${incident.number}`}
                >
                  Resolve
                </button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
