import { ContractState, contractState, type SupportContract } from "../contracts/contract-state";
import { lastDayBefore, maxDate } from "../dates/iso-date";
import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { countOf, describeExclusiveEnd } from "../text/wording";
import type { ContractKind, IsoDate } from "../vocabulary";

/** Why linking is refused. */
export const LinkRefusal = {
  INVALID_PAIR: UserErrorCode.INVALID_PAIR,
  CONTRACT_EXPIRED: UserErrorCode.CONTRACT_EXPIRED,
  CONTRACT_SUPERSEDED: UserErrorCode.CONTRACT_SUPERSEDED,
  NO_INCIDENTS_REMAINING: UserErrorCode.NO_INCIDENTS_REMAINING,
} as const;
/** A value of {@link LinkRefusal}. */
export type LinkRefusal = (typeof LinkRefusal)[keyof typeof LinkRefusal];

/** The activation found for an Access ID + Contract ID pair, with its contracts. */
export interface LinkablePair {
  accessId: string;
  contractId: string;
  /** The contracts of this Contract ID's benefit year only. */
  contracts: readonly SupportContract[];
  /** True when the organization has since renewed under a newer Contract ID (never revealed here). */
  hasNewerContractId?: boolean;
}

/** A link the account already has. */
export interface ExistingLink {
  contractId: string;
  linkedAt: string;
}

/** Input of {@link decideContractLink}. */
export interface DecideContractLinkInput {
  /** null when no activation matches both IDs. */
  pair: LinkablePair | null;
  /** The account's existing links (any contracts). */
  existingLinks: readonly ExistingLink[];
  asOf: IsoDate;
}

/** A contract in the already-linked diagnostic. */
export interface LinkedContractSummary {
  contractId: string;
  kind: ContractKind;
  state: ContractState;
  /** Incidents left; null when unlimited. */
  remaining: number | null;
  unlimited: boolean;
  endsOn: IsoDate;
}

/** What linking should do. */
export type ContractLinkDecision =
  | { outcome: "LINK"; contractIds: string[] }
  | { outcome: "ALREADY_LINKED"; linkedSince: string; contracts: LinkedContractSummary[]; message: string }
  | { outcome: "REFUSED"; reason: LinkRefusal; message: string };

function summarize(contract: SupportContract, asOf: IsoDate): LinkedContractSummary {
  return {
    contractId: contract.contractId,
    kind: contract.kind,
    state: contractState(contract, asOf),
    remaining: contract.incidentsRemaining,
    unlimited: contract.incidentsRemaining === null,
    endsOn: contract.endsOn,
  };
}

function describe(summary: LinkedContractSummary, asOf: IsoDate): string {
  const remaining = summary.unlimited ? "unlimited incidents" : `${countOf(summary.remaining ?? 0, "incident")} remaining`;
  // Human wording only: internal ids never reach a message (the structured fields carry them).
  const kind = summary.kind === "ON_PREMISES" ? "On-premises support" : "Cloud support";
  // endsOn is exclusive: say the last valid day, or that it ended.
  return `${kind} contract: ${summary.state.toLowerCase()}, ${remaining}, ${describeExclusiveEnd(summary.endsOn, asOf)}`;
}

/**
 * Decide linking an account to a benefit year's contracts. Unknown pair: INVALID_PAIR (never
 * saying which ID was wrong). An ended year whose organization has renewed since:
 * CONTRACT_SUPERSEDED (says a newer Contract ID exists, never which). No contract still usable: CONTRACT_EXPIRED, or
 * NO_INCIDENTS_REMAINING when one is merely exhausted. Every usable contract already linked:
 * ALREADY_LINKED, a diagnostic and not an error. Otherwise link the usable contracts not yet
 * linked (a not-yet-started contract counts as usable: it will become valid).
 */
export function decideContractLink(input: DecideContractLinkInput): ContractLinkDecision {
  const { pair, existingLinks, asOf } = input;
  if (!pair) return refused(LinkRefusal.INVALID_PAIR, USER_ERROR_MESSAGES.INVALID_PAIR);

  const states = pair.contracts.map((contract) => ({ contract, state: contractState(contract, asOf) }));
  const usable = states.filter(({ state }) => state === ContractState.ACTIVE || state === ContractState.NOT_STARTED);
  if (usable.length === 0 && pair.hasNewerContractId) {
    const lastEnd = pair.contracts.reduce<IsoDate | null>((end, c) => (end ? maxDate(end, c.endsOn) : c.endsOn), null);
    const through = lastEnd ? ` were valid through ${lastDayBefore(lastEnd)} and` : "";
    return refused(
      LinkRefusal.CONTRACT_SUPERSEDED,
      `The support contracts of this Contract ID${through} have ended. Your organization has a newer Contract ID: ask its Global Admin or MPN Partner Admin for it, then link the new pair`,
    );
  }
  if (usable.length === 0) {
    return states.some(({ state }) => state === ContractState.EXHAUSTED)
      ? refused(LinkRefusal.NO_INCIDENTS_REMAINING, "The support contracts for this Access ID have no incidents remaining")
      : refused(LinkRefusal.CONTRACT_EXPIRED, "The support contracts for this Access ID have expired");
  }

  const linkedAt = new Map(existingLinks.map((link) => [link.contractId, link.linkedAt]));
  const toLink = usable.filter(({ contract }) => !linkedAt.has(contract.contractId));
  if (toLink.length > 0) return { outcome: "LINK", contractIds: toLink.map(({ contract }) => contract.contractId) };

  const linkedSince = usable.map(({ contract }) => linkedAt.get(contract.contractId) ?? "").sort()[0] ?? "";
  const contracts = pair.contracts.map((contract) => summarize(contract, asOf));
  return {
    outcome: "ALREADY_LINKED",
    linkedSince,
    contracts,
    message: `This account is already linked to these contracts since ${linkedSince.slice(0, 10)}; nothing more is needed. ${contracts
      .map((summary) => describe(summary, asOf))
      .join("; ")}.`,
  };
}

function refused(reason: LinkRefusal, message: string): ContractLinkDecision {
  return { outcome: "REFUSED", reason, message };
}
