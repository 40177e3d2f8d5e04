import type { IsoDate } from "@support-hub/domain";
import type { TpdBalance } from "../schema/tpd.table";
import type { Executor } from "./executor";

/**
 * Takes `hours` from an organization's TPD balance for the period starting `periodStart`,
 * atomically (one conditional UPDATE: concurrent callers never oversell). Returns the updated
 * balance, or `null` when the balance does not exist or has fewer than `hours` left.
 *
 * This and {@link refundTpdHours} are the ONLY code paths that may change `hours_used`.
 */
export async function consumeTpdHours(
  trx: Executor,
  organizationId: string,
  periodStart: IsoDate,
  hours: number,
): Promise<TpdBalance | null> {
  assertPositiveHours(hours);
  const row = await trx
    .updateTable("tpdBalances")
    .set((eb) => ({ hoursUsed: eb("hoursUsed", "+", hours) }))
    .where("organizationId", "=", organizationId)
    .where("periodStart", "=", periodStart)
    .where((eb) => eb(eb("hoursUsed", "+", hours), "<=", eb.ref("hoursTotal")))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Gives `hours` back to a TPD balance; `null` when unknown or fewer than `hours` were used. */
export async function refundTpdHours(
  trx: Executor,
  organizationId: string,
  periodStart: IsoDate,
  hours: number,
): Promise<TpdBalance | null> {
  assertPositiveHours(hours);
  const row = await trx
    .updateTable("tpdBalances")
    .set((eb) => ({ hoursUsed: eb("hoursUsed", "-", hours) }))
    .where("organizationId", "=", organizationId)
    .where("periodStart", "=", periodStart)
    .where("hoursUsed", ">=", hours)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

function assertPositiveHours(hours: number): void {
  if (!Number.isInteger(hours) || hours <= 0) throw new RangeError(`hours must be a positive integer, got ${hours}`);
}
