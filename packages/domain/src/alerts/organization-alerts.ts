import type { UserReference } from "../activation/users-who-can-activate";
import { ContractState, contractState } from "../contracts/contract-state";
import { daysBetween } from "../dates/day-count";
import type { ContractKind, IsoDate, OfferLevel } from "../vocabulary";
import type { RenewalState } from "./renewal-availability";

/** What an alert is about. */
export const AlertKind = {
  /** A contract in force ends within {@link ALERT_WINDOW_DAYS} days. */
  CONTRACT_ENDING: "CONTRACT_ENDING",
  /** A limited contract in force has 20% or fewer of its incidents left (none left included). */
  CONTRACT_LOW_INCIDENTS: "CONTRACT_LOW_INCIDENTS",
  /** An active membership offer ends within {@link ALERT_WINDOW_DAYS} days. */
  OFFER_ENDING: "OFFER_ENDING",
  /** The next benefit year can be activated. */
  RENEWAL_AVAILABLE: "RENEWAL_AVAILABLE",
  /** An account outside the organization linked its contracts within the last {@link ALERT_WINDOW_DAYS} days. */
  OUTSIDE_ACCOUNT_LINKED: "OUTSIDE_ACCOUNT_LINKED",
} as const;
/** A value of {@link AlertKind}. */
export type AlertKind = (typeof AlertKind)[keyof typeof AlertKind];

/** How far ahead (endings) and back (outside links) alerts look, in days, both ends included. */
export const ALERT_WINDOW_DAYS = 30;
/** A limited contract alerts when at most this percentage of its incidents is left. */
export const LOW_INCIDENTS_PERCENT = 20;

/** The state alerts are computed from (plain data; the gateway loads it). */
export interface AlertsInput {
  asOf: IsoDate;
  contracts: readonly {
    contractId: string;
    kind: ContractKind;
    startsOn: IsoDate;
    /** Exclusive. */
    endsOn: IsoDate;
    incidentsTotal: number | null;
    incidentsRemaining: number | null;
  }[];
  offers: readonly {
    offerId: string;
    level: OfferLevel;
    competency: string | null;
    startsOn: IsoDate;
    /** Exclusive. */
    endsOn: IsoDate;
    revoked: boolean;
  }[];
  renewal: RenewalState;
  /** Links of the organization's contracts by accounts outside it (any date: older ones are ignored). */
  outsideLinks: readonly { userId: string; displayName: string; contractId: string; linkedOn: IsoDate }[];
  /** The users who can act on the alerts: those who activate, unlink and rotate. */
  admins: readonly UserReference[];
}

/** One alert: what, what to do, who can do it, about what, when. */
export interface OrganizationAlert {
  kind: AlertKind;
  message: string;
  actionHint: string;
  /** Who can do what `actionHint` says. */
  actors: UserReference[];
  supportContractId: string | null;
  membershipOfferId: string | null;
  userId: string | null;
  /** The date the alert is about: an end date (exclusive), the renewal date, or the link date. */
  occursOn: IsoDate;
  /** Days from the as-of date to `occursOn` (negative for past events). */
  daysFromAsOf: number;
}

const CONTRACT_NAME: Record<ContractKind, string> = {
  ON_PREMISES: "The on-premises support contract",
  CLOUD: "The cloud support contract",
};

function inDays(days: number): string {
  return days === 1 ? "tomorrow" : `in ${days} days`;
}

/**
 * The organization's alerts on `asOf`, soonest first. Boundaries: an end exactly 30 days away
 * alerts, 31 does not; a contract at exactly 20% of its incidents alerts; an outside link exactly
 * 30 days old alerts, 31 does not. Expired and not-yet-started contracts never alert; ended,
 * revoked or future offers never alert.
 */
export function organizationAlerts(input: AlertsInput): OrganizationAlert[] {
  const { asOf, admins } = input;
  const actors = [...admins];
  const alerts: OrganizationAlert[] = [];
  const base = { actors, supportContractId: null, membershipOfferId: null, userId: null };

  for (const contract of input.contracts) {
    const state = contractState(contract, asOf);
    if (state === ContractState.EXPIRED || state === ContractState.NOT_STARTED) continue;
    const name = CONTRACT_NAME[contract.kind];
    const daysLeft = daysBetween(asOf, contract.endsOn);
    if (daysLeft <= ALERT_WINDOW_DAYS) {
      alerts.push({
        ...base,
        kind: AlertKind.CONTRACT_ENDING,
        supportContractId: contract.contractId,
        message: `${name} ends ${inDays(daysLeft)} (on ${contract.endsOn})`,
        actionHint:
          "Use its remaining incidents before it ends; when it has ended, activate the next benefit year, or buy Premier or Advanced Support for Partners",
        occursOn: contract.endsOn,
        daysFromAsOf: daysLeft,
      });
    }
    const { incidentsTotal: total, incidentsRemaining: remaining } = contract;
    // In integers (100 × remaining <= 20 × total), so exactly 20% is never lost to rounding.
    if (total !== null && remaining !== null && total > 0 && remaining * 100 <= total * LOW_INCIDENTS_PERCENT) {
      alerts.push({
        ...base,
        kind: AlertKind.CONTRACT_LOW_INCIDENTS,
        supportContractId: contract.contractId,
        message: remaining === 0 ? `${name} has no incidents left out of ${total}` : `${name} has ${remaining} of ${total} incidents left`,
        actionHint:
          "Keep the remaining incidents for what matters; when they are used up, buy Premier or Advanced Support for Partners, or activate again after a higher offer is granted",
        occursOn: contract.endsOn,
        daysFromAsOf: daysLeft,
      });
    }
  }

  for (const offer of input.offers) {
    if (offer.revoked || offer.startsOn > asOf || asOf >= offer.endsOn) continue;
    const daysLeft = daysBetween(asOf, offer.endsOn);
    if (daysLeft > ALERT_WINDOW_DAYS) continue;
    const title = offer.competency ? `${offer.level} ${offer.competency}` : offer.level;
    alerts.push({
      ...base,
      kind: AlertKind.OFFER_ENDING,
      membershipOfferId: offer.offerId,
      message: `The ${title} membership offer ends ${inDays(daysLeft)} (on ${offer.endsOn})`,
      actionHint: "Renew the membership in the partner program before it ends; its benefits stop with it",
      occursOn: offer.endsOn,
      daysFromAsOf: daysLeft,
    });
  }

  if (input.renewal.available) {
    const since = input.renewal.since ?? asOf;
    alerts.push({
      ...base,
      kind: AlertKind.RENEWAL_AVAILABLE,
      message: "A new benefit year is available: the running year's contracts have ended and an active offer remains",
      actionHint: "Activate the technical benefits again to issue the next year's contracts",
      occursOn: since,
      daysFromAsOf: daysBetween(asOf, since),
    });
  }

  // One alert per outside account: its first link in the window.
  const firstLinks = new Map<string, AlertsInput["outsideLinks"][number]>();
  for (const link of input.outsideLinks) {
    const age = daysBetween(link.linkedOn, asOf);
    if (age < 0 || age > ALERT_WINDOW_DAYS) continue;
    const seen = firstLinks.get(link.userId);
    if (!seen || link.linkedOn < seen.linkedOn) firstLinks.set(link.userId, link);
  }
  for (const link of firstLinks.values()) {
    alerts.push({
      ...base,
      kind: AlertKind.OUTSIDE_ACCOUNT_LINKED,
      supportContractId: link.contractId,
      userId: link.userId,
      message: `${link.displayName}, an account outside the organization, linked its support contracts on ${link.linkedOn}`,
      actionHint: "If you do not expect this account, unlink it and rotate the Access ID so the old pair links nobody new",
      occursOn: link.linkedOn,
      daysFromAsOf: daysBetween(asOf, link.linkedOn),
    });
  }

  const order = Object.values(AlertKind);
  return alerts.sort(
    (a, b) =>
      a.daysFromAsOf - b.daysFromAsOf ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.supportContractId ?? a.membershipOfferId ?? a.userId ?? "").localeCompare(
        b.supportContractId ?? b.membershipOfferId ?? b.userId ?? "",
      ),
  );
}
