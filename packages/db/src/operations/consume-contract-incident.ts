import type { IsoDate } from "@support-hub/domain";
import type { SupportContract } from "../schema/support-contract.table";
import type { Executor } from "./executor";

/**
 * Takes one incident from a support contract, atomically: a single conditional UPDATE, so
 * concurrent callers can never oversell (on PostgreSQL the row lock makes a second caller
 * re-check the condition after the first commits; on PGlite access is serialized).
 *
 * Succeeds only when the contract is in force on `asOf` (`starts_on <= asOf < ends_on`; expired on
 * its end day) and has an incident left (unlimited contracts always have). Counts the use either way.
 *
 * Returns the updated contract, or `null` when nothing was taken (unknown id, not in force, none
 * left); the caller then decides which refusal to report. Run it in the same transaction that
 * inserts the incident, so a failure afterwards gives the incident back.
 *
 * This and {@link refundContractIncident} are the ONLY code paths that may change
 * `incidents_remaining` / `incidents_used`.
 */
export async function consumeContractIncident(trx: Executor, contractId: string, asOf: IsoDate): Promise<SupportContract | null> {
  const row = await trx
    .updateTable("supportContracts")
    .set((eb) => ({
      incidentsRemaining: eb("incidentsRemaining", "-", 1),
      incidentsUsed: eb("incidentsUsed", "+", 1),
    }))
    .where("id", "=", contractId)
    .where("startsOn", "<=", asOf)
    .where("endsOn", ">", asOf)
    .where((eb) => eb.or([eb("incidentsRemaining", "is", null), eb("incidentsRemaining", ">", 0)]))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Gives one incident back to a contract (an incident withdrawn before work started). Works on an
 * expired contract too: the refund is history, not a new use. Returns the updated contract, or
 * `null` when the contract is unknown or has no use to give back.
 *
 * It does not know WHICH incident is refunded: to refund an incident exactly once, flip that
 * incident's `refunded` flag conditionally in the same transaction first, or call
 * {@link refundIncident}, which does both.
 */
export async function refundContractIncident(trx: Executor, contractId: string): Promise<SupportContract | null> {
  const row = await trx
    .updateTable("supportContracts")
    .set((eb) => ({
      // null (unlimited) stays null: null + 1 is null.
      incidentsRemaining: eb("incidentsRemaining", "+", 1),
      incidentsUsed: eb("incidentsUsed", "-", 1),
    }))
    .where("id", "=", contractId)
    .where("incidentsUsed", ">", 0)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Marks a withdrawn incident as refunded and gives its incident back to its contract, at most
 * once however often or concurrently it is called. Returns the updated contract, or `null` when
 * there was nothing to refund (not withdrawn, consumed nothing, or already refunded).
 */
export async function refundIncident(trx: Executor, incidentId: string): Promise<SupportContract | null> {
  const flipped = await trx
    .updateTable("incidents")
    .set({ refunded: true, updatedAt: new Date() })
    .where("id", "=", incidentId)
    .where("status", "=", "WITHDRAWN")
    .where("consumed", "=", true)
    .where("refunded", "=", false)
    .returning("supportContractId")
    .executeTakeFirst();
  if (!flipped?.supportContractId) return null;
  const contract = await refundContractIncident(trx, flipped.supportContractId);
  // The balance CHECK makes this unreachable unless the rows were edited by hand.
  if (!contract) throw new Error(`refundIncident: contract ${flipped.supportContractId} has no use to refund`);
  return contract;
}
