import type { SupportPlan as DomainPlan } from "@support-hub/domain";
import type { SupportPlan } from "./plan.type";

export function toSupportPlan(plan: DomainPlan): SupportPlan {
  return {
    supportContractLocalId: plan.contractId,
    kind: plan.kind,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    remainingIncidentCount: plan.remaining,
    isUnlimited: plan.unlimited,
    isConsuming: plan.consumes,
  };
}
