import type { AlertKind } from "@support-hub/sdk";
import { formatDate, humanize } from "../../api/format";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { Card } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";

const TITLES: Record<AlertKind, string> = {
  CONTRACT_ENDING: "Contract ending",
  CONTRACT_LOW_INCIDENTS: "Few incidents left",
  OFFER_ENDING: "Offer ending",
  OUTSIDE_ACCOUNT_LINKED: "Outside account linked",
  RENEWAL_AVAILABLE: "Renewal available",
};

// What `occursOn` is for each kind, so a date next to "Few incidents left" is not read as a deadline for them.
const DATE_LABELS: Record<AlertKind, string> = {
  CONTRACT_ENDING: "ends",
  CONTRACT_LOW_INCIDENTS: "contract ends",
  OFFER_ENDING: "ends",
  OUTSIDE_ACCOUNT_LINKED: "linked",
  RENEWAL_AVAILABLE: "from",
};

/** "in 12 days", "today", "3 days ago": when the alert's date falls, from today. */
function when(days: number): string {
  if (days === 0) return "today";
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"}`;
  return days > 0 ? `in ${count}` : `${count} ago`;
}

/** What the organization should act on (from `Organization.alerts`, soonest first): what, what to do, who can. */
export function AlertsCard({ organizationId }: { organizationId: string }) {
  const variables = { organizationId };
  const alerts = useSdkQuery(sdkKey("organizationAlerts", variables), (client, signal) => client.organizationAlerts(variables, { signal }));
  return (
    <Card title="Needs your attention" id="alerts-title" wide>
      {alerts.isPending ? <Loading label="Loading alerts…" /> : null}
      {alerts.error ? <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} /> : null}
      {alerts.data?.length === 0 ? <p className="muted">Nothing needs your attention today.</p> : null}
      {alerts.data?.length ? (
        <ul className="alert-list" data-testid="alerts">
          {alerts.data.map((alert) => (
            <li
              key={`${alert.kind}-${alert.supportContract?.id ?? alert.membershipOffer?.id ?? alert.user?.id ?? alert.occursOn}`}
              className={`alert-item alert-${alert.kind.toLowerCase()}`}
              data-testid="alert"
              data-kind={alert.kind}
            >
              <p className="alert-head">
                <strong>{TITLES[alert.kind] ?? humanize(alert.kind)}</strong>
                <span className="muted">
                  {" "}
                  · {DATE_LABELS[alert.kind] ?? "on"} <time dateTime={alert.occursOn}>{formatDate(alert.occursOn)}</time>
                  {` (${when(alert.daysFromAsOf)})`}
                </span>
              </p>
              <p className="alert-message">{alert.message}</p>
              <p>
                <span className="alert-label">What to do: </span>
                {alert.actionHint}
              </p>
              <p data-testid="alert-actors">
                <span className="alert-label">Who can: </span>
                {alert.actors.length === 0
                  ? "no one in your organization yet: ask your Technical Account Manager"
                  : alert.actors.map((actor, index) => (
                      <span key={actor.id}>
                        {index > 0 ? ", " : ""}
                        {actor.displayName} (<a href={`mailto:${actor.email}`}>{actor.email}</a>)
                      </span>
                    ))}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
