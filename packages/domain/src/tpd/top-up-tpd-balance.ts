/** What becomes of a period's TPD balance when the organization's entitlement is (re)computed. */
export type TpdTopUp =
  | { outcome: "CREATE"; hoursTotal: number }
  | { outcome: "RAISE"; hoursTotal: number }
  | { outcome: "KEEP"; hoursTotal: number | null };

/**
 * The top-up rule for a TPD balance: created from the entitlement when missing (no balance for
 * an entitlement of zero), raised to it after a mid-period upgrade, never lowered (hours already
 * granted stay granted after a downgrade). `currentTotal` is null when the period has no balance.
 * The SQL guard `raiseTpdBalance` (packages/db) applies the same rule atomically.
 */
export function topUpTpdBalance(currentTotal: number | null, entitledHours: number): TpdTopUp {
  if (currentTotal === null) {
    return entitledHours > 0 ? { outcome: "CREATE", hoursTotal: entitledHours } : { outcome: "KEEP", hoursTotal: null };
  }
  return entitledHours > currentTotal ? { outcome: "RAISE", hoursTotal: entitledHours } : { outcome: "KEEP", hoursTotal: currentTotal };
}
