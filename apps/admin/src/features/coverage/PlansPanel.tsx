import type { SupportPlansResult } from "@support-hub/sdk";
import { formatDate, planLabel } from "../../api/format";

type Plans = SupportPlansResult;

function remaining(plan: { unlimited: boolean; remaining?: number | null; consumes: boolean }): string {
  if (!plan.consumes) return "consumes nothing";
  if (plan.unlimited) return "unlimited";
  return `${plan.remaining ?? 0} incidents left`;
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
            <li key={`${plan.kind}-${plan.contractId ?? ""}`} className="plan plan-ok">
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
              <li key={`${entry.plan.kind}-${entry.plan.contractId ?? ""}-${entry.reason}`} className="plan plan-no">
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
