import type { TpdPeriod } from "@support-hub/domain";
import type { TpdBalance } from "../schema/tpd.table";
import type { Executor } from "./executor";

/**
 * Creates an organization's TPD balance for `period` with `hoursTotal`, or raises an existing
 * one to it, never lowering it: one upsert with `greatest`, so concurrent first requests and a
 * caller that read a stale total both leave the larger total. The SQL twin of the domain's
 * `topUpTpdBalance` (a test proves they agree). Returns the balance after the write.
 */
export async function raiseTpdBalance(
  trx: Executor,
  organizationId: string,
  period: Pick<TpdPeriod, "startsOn" | "endsOn">,
  hoursTotal: number,
): Promise<TpdBalance> {
  if (!Number.isInteger(hoursTotal) || hoursTotal <= 0) {
    throw new RangeError(`hoursTotal must be a positive integer, got ${hoursTotal}`);
  }
  return trx
    .insertInto("tpdBalances")
    .values({ organizationId, periodStart: period.startsOn, periodEnd: period.endsOn, hoursTotal })
    .onConflict((oc) =>
      oc.columns(["organizationId", "periodStart"]).doUpdateSet((eb) => ({
        hoursTotal: eb.fn("greatest", [eb.ref("tpdBalances.hoursTotal"), eb.ref("excluded.hoursTotal")]),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
