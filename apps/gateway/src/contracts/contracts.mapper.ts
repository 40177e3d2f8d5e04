import type { SupportContract as ContractRow } from "@support-hub/db";
import type { SupportContract as DomainContract } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { SupportContract } from "./contracts.type";

/** The same values whatever the parent field and its arguments: the state is `state(asOf:)`'s to compute. */
export function toSupportContract(row: ContractRow): SupportContract {
  return {
    id: toGlobalId(NodeType.SupportContract, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    stateInput: { startsOn: row.startsOn, endsOn: row.endsOn, incidentsRemaining: row.incidentsRemaining },
    isUnlimited: row.incidentsRemaining === null,
    totalIncidentCount: row.incidentsTotal,
    remainingIncidentCount: row.incidentsRemaining,
    usedIncidentCount: row.incidentsUsed,
  };
}

/** The contract as the domain's rules read it. */
export function toDomainContract(row: ContractRow): DomainContract {
  return {
    contractId: row.id,
    kind: row.kind,
    organizationId: row.organizationId,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    incidentsTotal: row.incidentsTotal,
    incidentsRemaining: row.incidentsRemaining,
  };
}
