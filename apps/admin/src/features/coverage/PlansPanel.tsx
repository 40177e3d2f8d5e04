import type { SupportPlansResult } from "@support-hub/sdk";
import { countOf, formatDate, planLabel } from "../../api/format";

type Plans = SupportPlansResult;

function remaining(plan: { isUnlimited: boolean; remainingIncidentCount?: number | null; isConsuming: boolean }): string {
  if (!plan.isConsuming) return "consumes nothing";
  if (plan.isUnlimited) return "unlimited";
  return `${countOf(plan.remainingIncidentCount ?? 0, "incident")} left`;
}

/** Available plans, unavailable plans with their reason, and the paid plans to consider. */
export function PlansPanel({ plans }: { plans: Plans }) {
  return (
    <div className="plans" data-testid="plans">
      <h3>Available plans</h3>
      {plans.available.length === 0 ? (
        <p className="muted">No plan can pay for a request on this product.</p>
      ) : (
        <ul className="plan-list">
          {plans.available.map((plan) => (
            <li key={`${plan.kind}-${plan.supportContract?.id ?? ""}`} className="plan plan-ok">
              <strong>{planLabel(plan.kind)}</strong> — {remaining(plan)}
              {plan.endsOn ? <span className="muted"> · until {formatDate(plan.endsOn)}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {plans.unavailable.length > 0 ? (
        <>
          <h3>Unavailable plans</h3>
          <ul className="plan-list">
            {plans.unavailable.map((entry) => (
              <li key={`${entry.plan.kind}-${entry.plan.supportContract?.id ?? ""}-${entry.reason}`} className="plan plan-no">
                <strong>{planLabel(entry.plan.kind)}</strong>: {entry.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plans.paidPlanSuggestions.length > 0 ? (
        <div className="notice" data-testid="paid-plans">
          <h3>Paid partner plans that can help</h3>
          <ul>
            {plans.paidPlanSuggestions.map((plan) => (
              <li key={plan.kind}>
                <strong>{plan.name}</strong>: {plan.description}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
