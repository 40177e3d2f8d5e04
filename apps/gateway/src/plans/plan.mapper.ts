import type { SupportPlan as DomainPlan } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { SupportPlan } from "./plan.type";

/** A contract's global ID (the SupportContract node type), or null. */
export function contractGlobalId(contractId: string | null): string | null {
  return contractId === null ? null : toGlobalId(NodeType.SupportContract, contractId);
}

export function toSupportPlan(plan: DomainPlan): SupportPlan {
  return {
    kind: plan.kind,
    contractId: contractGlobalId(plan.contractId),
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    remaining: plan.remaining,
    unlimited: plan.unlimited,
    consumes: plan.consumes,
  };
}
