import type { SupportContract as ContractRow } from "@support-hub/db";
import { contractState, type SupportContract as DomainContract, type IsoDate } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { SupportContract } from "./contracts.type";

export function toSupportContract(row: ContractRow, asOf: IsoDate): SupportContract {
  return {
    id: toGlobalId(NodeType.SupportContract, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    asOf,
    state: contractState(row, asOf),
    unlimited: row.incidentsRemaining === null,
    incidentsTotal: row.incidentsTotal,
    incidentsRemaining: row.incidentsRemaining,
    incidentsUsed: row.incidentsUsed,
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
