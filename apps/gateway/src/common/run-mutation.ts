import { AuditOutcome, type Database, type JsonObject } from "@support-hub/db";
import type { Transaction } from "kysely";
import { recordMutation } from "../audit/mutation-audit";
import type { GatewayContext } from "../context";
import type { UserError } from "./user-error.type";

/** What a mutation body decides: its payload, and whether it succeeded or was refused. */
export type MutationOutcome<Payload> =
  | { ok: true; payload: Payload; organizationId: string | null; targetId: string | null; detail?: JsonObject }
  | {
      ok: false;
      payload: Payload & { userErrors: UserError[] };
      organizationId: string | null;
      targetId: string | null;
      detail?: JsonObject;
    };

class Refusal<Payload> extends Error {
  constructor(readonly outcome: Extract<MutationOutcome<Payload>, { ok: false }>) {
    super("refused");
  }
}

/**
 * Runs a mutation all-or-nothing: the body and its audit entry commit together. A refusal rolls
 * back anything the body wrote (e.g. a contract that ran out between check and write) and is
 * audited on its own, so every call that returns a payload leaves exactly one entry (a call that
 * throws is audited by the wrapper of `auditFailedMutationCalls`, see audit/mutation-audit.ts).
 */
export async function runMutation<Payload>(
  ctx: GatewayContext,
  meta: { action: string; targetType: string },
  body: (trx: Transaction<Database>) => Promise<MutationOutcome<Payload>>,
): Promise<Payload> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const outcome = await body(trx);
      if (!outcome.ok) throw new Refusal(outcome);
      await recordMutation(trx, ctx, {
        ...meta,
        organizationId: outcome.organizationId,
        targetId: outcome.targetId,
        outcome: AuditOutcome.SUCCEEDED,
        detail: outcome.detail ?? {},
      });
      return outcome.payload;
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const refused = (error as Refusal<Payload>).outcome;
    await recordMutation(ctx.db, ctx, {
      ...meta,
      organizationId: refused.organizationId,
      targetId: refused.targetId,
      outcome: AuditOutcome.REFUSED,
      detail: { ...refused.detail, codes: refused.payload.userErrors.map((e) => e.code) },
    });
    return refused.payload;
  }
}
