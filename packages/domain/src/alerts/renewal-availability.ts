import type { BenefitYearStatus } from "../activation/benefit-year";
import type { IsoDate } from "../vocabulary";

/** Whether the organization may activate again (its next benefit year, or an upgrade of the running one), as the alerts need it. */
export interface RenewalState {
  available: boolean;
  /** Since when (the day the year ended, or the day the upgrade became available); null when unknown. */
  since: IsoDate | null;
}

/**
 * The renewal alert's input from the benefit-years rule (`assessBenefitYear`), so the alert and
 * the benefits page never disagree. Never activated (no year): nothing to renew.
 */
export function renewalFromBenefitYear(status: BenefitYearStatus | null): RenewalState {
  if (status?.isRenewalDue) return { available: true, since: status.endsOn };
  if (status?.isUpgradeAvailable) return { available: true, since: status.upgradeAvailableOn };
  return { available: false, since: null };
}
