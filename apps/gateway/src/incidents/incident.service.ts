import {
  type SupportContract as ContractRow,
  consumeContractIncident,
  type Database,
  type Incident as IncidentRow,
  type Transaction,
} from "@support-hub/db";
import {
  decideIncidentPlan,
  IncidentEventKind,
  type IncidentRefusal,
  type IsoDate,
  type PlanKind,
  UserErrorCode,
  validateIdempotencyKey,
  validateIncidentDraft,
} from "@support-hub/domain";
import { findByIdempotencyKey, insertOnce, repeatOf, requestFingerprint } from "../common/idempotent-insert";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { inputFieldErrors, type UserError, userError } from "../common/user-error.type";
import type { GatewayContext, Viewer } from "../context";
import { toSupportPlanListing } from "../plans/plan.mapper";
import type { SupportPlanListing } from "../plans/plan.type";
import { toSupportContract } from "../contracts/contracts.mapper";
import type { SupportContract } from "../contracts/contracts.type";
import { loadPlanInput } from "../plans/plan.service";
import { loadVersionContext } from "../products/product.service";
import { isUuid } from "../users/user.queries";
import type { CreateSupportIncidentPayload } from "./incident.inputs";
import { TARGET } from "./incident-status.service";
import { appendIncidentEvent } from "./incident-events";
import { toSupportIncident } from "./incident.mapper";

/** The create request with global IDs already decoded to local ids. */
export interface CreateIncidentRequest {
  productVersionId: string;
  title: string;
  description: string;
  severity: string;
  contact: { name: string; email: string; phone?: string | null };
  customerId: string | null;
  contractId: string | null;
  planKind: PlanKind | null;
  idempotencyKey: string | null;
}

/** Which input field a plan refusal points at. */
function refusalField(reason: IncidentRefusal, request: CreateIncidentRequest): string[] | null {
  switch (reason) {
    case "CUSTOMER_NOT_SERVED":
    case "NOT_CSP_PARTNER":
    case "CSP_INDIRECT_RESELLER":
    case "CSP_ADVISOR":
    case "MISSING_ADMIN_AGENT_ROLE":
      return ["input", "customerId"];
    case "VERSION_NOT_COVERED":
    case "UNKNOWN_VERSION":
      return ["input", "productVersionId"];
    case "REQUESTED_PLAN_NOT_FOUND":
      return request.contractId !== null ? ["input", "supportContractId"] : ["input", "planKind"];
    default:
      return null;
  }
}

type Outcome = MutationOutcome<CreateSupportIncidentPayload>;

function refused(
  errors: UserError[],
  organizationId: string | null,
  detail: Record<string, string> = {},
  supportPlans: SupportPlanListing | null = null,
): Outcome {
  return {
    ok: false,
    payload: { incident: null, isReplay: null, supportContract: null, userErrors: errors, supportPlans },
    organizationId,
    targetId: null,
    detail,
  };
}

/** A repeat of the key: the first incident (and its contract) when the request is the same, else IDEMPOTENCY_KEY_REUSED. */
async function repeat(trx: Transaction<Database>, row: IncidentRow, fingerprint: string, organizationId: string | null): Promise<Outcome> {
  const outcome = repeatOf(row, fingerprint);
  if ("refused" in outcome) {
    const { code, message } = outcome.refused;
    return refused([userError(code, ["input", "idempotencyKey"], message)], organizationId);
  }
  return {
    ok: true,
    payload: {
      incident: toSupportIncident(row),
      isReplay: true,
      supportContract: await contractOf(trx, row),
      userErrors: [],
      supportPlans: null,
    },
    organizationId: row.organizationId,
    targetId: row.id,
    detail: { number: row.number, replayed: true },
  };
}

/**
 * Opens an incident inside the mutation's transaction: validate the draft, decide the plan with
 * the domain, insert, then take one incident from the contract with the atomic operation. A plan
 * refusal returns the listing it was decided on (`supportPlans`).
 *
 * Idempotency: the key is stored with a fingerprint of the normalized request; the same key
 * with the same request replays, with another request is IDEMPOTENCY_KEY_REUSED. Insert-first: the insert does nothing when (requester, key) exists, and only a
 * request whose insert went through consumes. Concurrent repeats wait on the unique index for
 * the first one's transaction (PostgreSQL) or run after it (PGlite), then find its incident.
 * When the contract ran out in the meantime, the refusal rolls the insert back.
 */
export async function createIncident(
  trx: Transaction<Database>,
  viewer: Viewer,
  request: CreateIncidentRequest,
  asOf: IsoDate,
): Promise<Outcome> {
  const keyCheck = validateIdempotencyKey(request.idempotencyKey);
  if (!keyCheck.ok) {
    return refused([userError(keyCheck.code, ["input", "idempotencyKey"], keyCheck.message)], viewer.organizationId);
  }
  const { key } = keyCheck;
  const draft = validateIncidentDraft(request);
  if (!draft.ok) {
    return refused(inputFieldErrors(draft.errors), viewer.organizationId);
  }
  const fingerprint = requestFingerprint("createSupportIncident", {
    ...draft.value,
    productVersionId: request.productVersionId,
    customerId: request.customerId,
    contractId: request.contractId,
    planKind: request.planKind,
  });
  const earlier = await findByIdempotencyKey(trx, "incidents", viewer.id, key);
  if (earlier) return repeat(trx, earlier, fingerprint, viewer.organizationId);

  const context = isUuid(request.productVersionId) ? await loadVersionContext(trx, request.productVersionId) : null;
  if (!context) {
    return refused([userError(UserErrorCode.UNKNOWN_VERSION, ["input", "productVersionId"])], viewer.organizationId);
  }
  const planInput = await loadPlanInput(trx, viewer, context, asOf, request.customerId);
  const decision = decideIncidentPlan({
    ...planInput,
    requested: { contractId: request.contractId, planKind: request.planKind },
  });
  if (decision.outcome === "REFUSED") {
    const customer = planInput.forCustomer?.servedByActorOrganization
      ? await trx.selectFrom("cspCustomers").selectAll().where("id", "=", planInput.forCustomer.customerId).executeTakeFirst()
      : undefined;
    const supportPlans = toSupportPlanListing(decision.listing, {
      asOf,
      context,
      coverage: planInput.coverage,
      customer: customer ?? null,
    });
    return refused(
      [userError(decision.reason, refusalField(decision.reason, request), decision.message)],
      viewer.organizationId,
      { productVersionId: context.version.id },
      supportPlans,
    );
  }
  const { plan } = decision;
  const contract = plan.contractId === null ? null : planInput.contracts.find((c) => c.contractId === plan.contractId);
  const organizationId = contract ? contract.organizationId : viewer.organizationId;
  // loadPlanInput offers plans without a contract only to accounts of an organization.
  if (organizationId === null) throw new Error("createIncident: no organization to book the incident to");

  const { value } = draft;
  const once = await insertOnce(trx, "incidents", {
    organizationId,
    customerId: planInput.forCustomer ? planInput.forCustomer.customerId : null,
    productVersionId: context.version.id,
    planKind: plan.kind,
    supportContractId: plan.contractId,
    consumed: plan.consumes,
    severity: value.severity,
    title: value.title,
    description: value.description,
    contactName: value.contact.name,
    contactEmail: value.contact.email,
    contactPhone: value.contact.phone,
    createdBy: viewer.id,
    idempotencyKey: key,
    idempotencyFingerprint: key === null ? null : fingerprint,
  });
  // The same key was used concurrently and that request committed first.
  if (once.replayed) return repeat(trx, once.row, fingerprint, viewer.organizationId);
  const inserted = once.row;
  await appendIncidentEvent(trx, { incidentId: inserted.id, kind: IncidentEventKind.CREATED, actorId: viewer.id });
  let charged: ContractRow | null = null;
  if (plan.consumes && plan.contractId !== null) {
    charged = await consumeContractIncident(trx, plan.contractId, asOf);
    if (!charged) {
      // Ran out (or ended) since the decision: the refusal rolls the insert back.
      return refused([userError(UserErrorCode.NO_INCIDENTS_REMAINING)], organizationId, { contractId: plan.contractId });
    }
  }
  return {
    ok: true,
    payload: {
      incident: toSupportIncident(inserted),
      isReplay: false,
      supportContract: charged ? toSupportContract(charged) : await contractOf(trx, inserted),
      userErrors: [],
      supportPlans: null,
    },
    organizationId,
    targetId: inserted.id,
    detail: {
      number: inserted.number,
      planKind: plan.kind,
      contractId: plan.contractId,
      consumed: plan.consumes,
      customerId: inserted.customerId,
      replayed: false,
    },
  };
}

/** The contract an incident was booked to, as it is now in the transaction; null for plans without one. */
async function contractOf(trx: Transaction<Database>, incident: IncidentRow): Promise<SupportContract | null> {
  if (incident.supportContractId === null) return null;
  const row = await trx.selectFrom("supportContracts").selectAll().where("id", "=", incident.supportContractId).executeTakeFirst();
  return row ? toSupportContract(row) : null;
}

/** The createSupportIncident mutation: {@link createIncident} in one audited transaction. */
export function openSupportIncident(
  ctx: GatewayContext,
  viewer: Viewer,
  request: CreateIncidentRequest,
): Promise<CreateSupportIncidentPayload> {
  return runMutation<CreateSupportIncidentPayload>(ctx, { action: "createSupportIncident", targetType: TARGET }, (trx) =>
    createIncident(trx, viewer, request, ctx.today),
  );
}
