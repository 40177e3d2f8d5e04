import { addYears, maxDate, minDate } from "../dates/iso-date";
import { type Allowance, compareAllowance } from "../entitlements/allowance";
import { type Entitlements, offerBenefits } from "../entitlements/compute-entitlements";
import type { ContractKind, IsoDate } from "../vocabulary";
import { planContracts } from "./plan-contracts";

/** A support contract issued for a benefit year, as the year rules need it. */
export interface IssuedContract {
  /** The support contract's own id (not the human Contract ID). */
  id: string;
  kind: ContractKind;
  startsOn: IsoDate;
  /** Exclusive. */
  endsOn: IsoDate;
  /** null = unlimited. */
  incidentsTotal: number | null;
}

/** One benefit year of an organization: a human Contract ID and the contracts issued under it. */
export interface BenefitYear {
  /** 1 for the first activation, then one more per renewal. */
  yearNumber: number;
  /** The human Contract ID of this year (a renewal draws a new one; an upgrade keeps it). */
  contractId: string;
  /** The activation day that started the year. */
  startsOn: IsoDate;
  contracts: readonly IssuedContract[];
}

/** A change an upgrade makes to the running year: raise or extend an issued contract, or issue a missing kind. */
export interface ContractUpgrade {
  kind: ContractKind;
  /** The contract to raise or extend; null when the year has no contract of this kind yet (issue one). */
  supportContractId: string | null;
  /** The new total; null = unlimited. Never below the issued total. */
  incidentsTotal: number | null;
  startsOn: IsoDate;
  /** Exclusive; never before the issued end. */
  endsOn: IsoDate;
}

/** Where a benefit year stands on a date, and whether activating again would do something. */
export interface BenefitYearStatus {
  yearNumber: number;
  contractId: string;
  startsOn: IsoDate;
  /** Exclusive: the day after the last day any of the year's contracts is valid. */
  endsOn: IsoDate;
  /** asOf >= endsOn: every contract of the year has ended. */
  isEnded: boolean;
  /** The year has ended and an active offer remains: activating issues the next year under a new Contract ID. */
  isRenewalDue: boolean;
  /** Today's offers give the running year more than it was issued: activating raises or extends its contracts. */
  isUpgradeAvailable: boolean;
  /** First day (inclusive) the upgrade is available from; null when none is. */
  upgradeAvailableOn: IsoDate | null;
  /** What an upgrade would change (empty when none is available). */
  upgrades: ContractUpgrade[];
}

/** The day after the last day any contract of the year is valid (a year without contracts lasts one year). */
export function benefitYearEndsOn(year: Pick<BenefitYear, "startsOn" | "contracts">): IsoDate {
  return year.contracts.reduce<IsoDate | null>((end, c) => (end ? maxDate(end, c.endsOn) : c.endsOn), null) ?? addYears(year.startsOn, 1);
}

function issuedAllowance(total: number | null): Allowance {
  return total === null ? { kind: "UNLIMITED" } : { kind: "LIMITED", count: total };
}

/** Earliest start among the active offers granting `allowance` for `kind` (ending after `endsAfter`, when given). */
function sinceOfGranting(entitlements: Entitlements, kind: ContractKind, allowance: Allowance, endsAfter: IsoDate | null): IsoDate | null {
  const starts = entitlements.activeOffers
    .filter((offer) => {
      if (endsAfter !== null && offer.endsOn <= endsAfter) return false;
      const benefits = offerBenefits(offer);
      return kind === "ON_PREMISES"
        ? benefits.onPremisesIncidents === (allowance.kind === "LIMITED" ? allowance.count : -1)
        : compareAllowance(benefits.cloudIncidents, allowance) === 0;
    })
    .map((offer) => offer.startsOn)
    .sort();
  return starts[0] ?? null;
}

/**
 * Assess a benefit year on `asOf` against the entitlements of that day. Renewal is due once
 * every contract of the year has ended and an offer is active. Within the year, an upgrade is
 * available when today's offers give a kind more than the year's contract of that kind holds
 * (a higher count, unlimited, a kind the year lacks) or a later end (an offer renewed after it
 * capped the contract), never beyond one year from the year's start: the contract is raised
 * (remaining grows by the difference) or extended, never lowered, so nothing issued is taken back.
 */
export function assessBenefitYear(year: BenefitYear, entitlements: Entitlements, asOf: IsoDate): BenefitYearStatus {
  const endsOn = benefitYearEndsOn(year);
  const isEnded = asOf >= endsOn;
  const base = { yearNumber: year.yearNumber, contractId: year.contractId, startsOn: year.startsOn, endsOn, isEnded };
  if (isEnded) {
    return {
      ...base,
      isRenewalDue: entitlements.activeOffers.length > 0,
      isUpgradeAvailable: false,
      upgradeAvailableOn: null,
      upgrades: [],
    };
  }

  const upgrades: ContractUpgrade[] = [];
  let availableOn: IsoDate | null = null;
  // Planned as if activated on the year's first day: ends one year later, capped by the granting offers.
  for (const plan of planContracts(entitlements, year.startsOn)) {
    if (plan.endsOn <= asOf) continue;
    const issued = year.contracts.find((contract) => contract.kind === plan.kind) ?? null;
    const planned = issuedAllowance(plan.incidentsTotal);
    const raises = !issued || compareAllowance(planned, issuedAllowance(issued.incidentsTotal)) > 0;
    const extends_ = issued !== null && plan.endsOn > issued.endsOn;
    if (!raises && !extends_) continue;
    upgrades.push({
      kind: plan.kind,
      supportContractId: issued?.id ?? null,
      incidentsTotal: issued && !raises ? issued.incidentsTotal : plan.incidentsTotal,
      startsOn: issued?.startsOn ?? asOf,
      endsOn: issued ? maxDate(issued.endsOn, plan.endsOn) : plan.endsOn,
    });
    // An extension is available since the offer that runs longer started; a raise since the stronger offer did.
    const granting = sinceOfGranting(entitlements, plan.kind, planned, raises ? null : (issued?.endsOn ?? null));
    const since = maxDate(year.startsOn, granting ?? year.startsOn);
    availableOn = availableOn ? minDate(availableOn, since) : since;
  }
  return {
    ...base,
    isRenewalDue: false,
    isUpgradeAvailable: upgrades.length > 0,
    upgradeAvailableOn: upgrades.length > 0 ? minDate(availableOn ?? asOf, asOf) : null,
    upgrades,
  };
}
