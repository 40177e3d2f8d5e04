import type { ContractKind, IsoDate } from "../vocabulary";

/** A support contract created by activation. */
export interface SupportContract {
  contractId: string;
  kind: ContractKind;
  organizationId: string;
  startsOn: IsoDate;
  /** Exclusive: the contract is no longer valid on this day. */
  endsOn: IsoDate;
  /** null = unlimited. */
  incidentsTotal: number | null;
  /** null = unlimited (use is still counted elsewhere, but never runs out). */
  incidentsRemaining: number | null;
}

/** A contract as seen by one account: linked or not. */
export interface AccountContract extends SupportContract {
  linked: boolean;
  /** When this account linked the contract; null when not linked. */
  linkedAt: string | null;
}

/** Where a contract stands on a date. */
export const ContractState = {
  /** startsOn <= asOf < endsOn and incidents remain (or unlimited). */
  ACTIVE: "ACTIVE",
  /** asOf < startsOn. */
  NOT_STARTED: "NOT_STARTED",
  /** asOf >= endsOn (wins over EXHAUSTED: once ended, remaining incidents no longer matter). */
  EXPIRED: "EXPIRED",
  /** A limited contract with no incidents left. */
  EXHAUSTED: "EXHAUSTED",
} as const;
/** A value of {@link ContractState}. */
export type ContractState = (typeof ContractState)[keyof typeof ContractState];

/** The contract's state on `asOf`. */
export function contractState(contract: Pick<SupportContract, "startsOn" | "endsOn" | "incidentsRemaining">, asOf: IsoDate): ContractState {
  if (asOf >= contract.endsOn) return ContractState.EXPIRED;
  if (asOf < contract.startsOn) return ContractState.NOT_STARTED;
  if (contract.incidentsRemaining !== null && contract.incidentsRemaining <= 0) {
    return ContractState.EXHAUSTED;
  }
  return ContractState.ACTIVE;
}

/** True when an incident can be charged to the contract on `asOf`. */
export function isContractValid(contract: Pick<SupportContract, "startsOn" | "endsOn" | "incidentsRemaining">, asOf: IsoDate): boolean {
  return contractState(contract, asOf) === ContractState.ACTIVE;
}
