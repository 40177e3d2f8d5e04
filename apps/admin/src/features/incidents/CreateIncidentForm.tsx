import type { IncidentFieldsFragment, PlanKind, ProductsResult, Severity } from "@support-hub/sdk";
import { type FormEvent, useRef, useState } from "react";
import { planLabel, SEVERITY_LABELS } from "../../api/format";
import { useIdempotencyKey } from "../../api/use-idempotency-key";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, focusFirstInvalid, splitUserErrors } from "../../components/fields";
import { PlansPanel } from "../coverage/PlansPanel";
import { useCreateIncident, useInputLimits, useSupportPlans } from "./incident-queries";
import { EMPTY_DRAFT, INCIDENT_FIELDS, type IncidentDraft, validateIncident } from "./validate";

type Products = ProductsResult;

export function CreateIncidentForm({
  products,
  customers,
  onCreated,
  onCancel,
}: {
  products: Products;
  customers: readonly { id: string; name: string }[];
  onCreated: (incident: IncidentFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { viewer } = useSession();
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<IncidentDraft>({ ...EMPTY_DRAFT, contactName: viewer.displayName, contactEmail: viewer.email });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const create = useCreateIncident();
  // The draft's idempotency key: a retry or a double click sends the same key (one incident);
  // editing the draft or a success makes the next submit a new request.
  const draftKey = useIdempotencyKey();
  const set = (patch: Partial<IncidentDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    draftKey.renew();
  };
  const product = products.find((p) => p.id === draft.productId);

  // The API's limits (in code points), not a copy of them.
  const limits = useInputLimits();
  const plans = useSupportPlans(draft.productVersionId, draft.customerId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    const clientErrors = validateIncident(draft, limits.data ?? null);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    try {
      const result = await create.mutateAsync({
        input: {
          productVersionId: draft.productVersionId,
          title: draft.title.trim(),
          description: draft.description.trim(),
          severity: draft.severity as Severity,
          contact: { name: draft.contactName.trim(), email: draft.contactEmail.trim(), phone: draft.contactPhone.trim() || undefined },
          customerId: draft.customerId || undefined,
          planKind: (draft.planKind || undefined) as PlanKind | undefined,
        },
        idempotencyKey: draftKey.key,
      });
      if (result.incident) {
        onCreated(result.incident);
        set({ title: "", description: "" });
        return;
      }
      const split = splitUserErrors(result.userErrors, INCIDENT_FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
      announce(`Incident not opened: ${result.userErrors[0]?.message ?? "check the form"}`, "error");
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="create-title" data-testid="create-incident">
      <h2 id="create-title">New support incident</h2>
      <FormErrors messages={formErrors} />
      <div className="form-row">
        <Field label="Product" required error={errors.productVersionId && !draft.productId ? errors.productVersionId : undefined}>
          {(props) => (
            <select
              {...props}
              name="product"
              value={draft.productId}
              onChange={(event) => {
                const next = products.find((p) => p.id === event.target.value);
                set({ productId: event.target.value, productVersionId: next?.versions[0]?.id ?? "", planKind: "" });
              }}
            >
              <option value="">Choose a product…</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Version" required error={draft.productId ? errors.productVersionId : undefined}>
          {(props) => (
            <select
              {...props}
              name="version"
              value={draft.productVersionId}
              onChange={(event) => set({ productVersionId: event.target.value, planKind: "" })}
              disabled={!product}
            >
              {product ? null : <option value="">Choose a product first</option>}
              {product?.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                  {v.coverage.isCovered ? "" : " (not covered)"}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label="For" error={errors.customerId} hint="Your own organization, or one of its CSP customers">
          {(props) => (
            <select
              {...props}
              name="customer"
              value={draft.customerId}
              onChange={(event) => set({ customerId: event.target.value, planKind: "" })}
            >
              <option value="">{viewer.organization?.name ?? "My account"} (own organization)</option>
              {customers.map((customer) => (
                <option key={customer.id} value={customer.id}>
                  CSP customer: {customer.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Support plan" error={errors.planKind} hint="The default is the first available plan">
          {(props) => (
            <select {...props} name="plan" value={draft.planKind} onChange={(event) => set({ planKind: event.target.value })}>
              <option value="">Default plan</option>
              {plans.data?.available.map((plan) => (
                <option key={`${plan.kind}-${plan.supportContract?.id ?? ""}`} value={plan.kind}>
                  {planLabel(plan.kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {plans.data ? (
        <details className="plans-details" open={plans.data.available.length === 0}>
          <summary>Plans for this request ({plans.data.available.length} available)</summary>
          <PlansPanel plans={plans.data} />
        </details>
      ) : null}
      <fieldset className="field">
        <legend>Severity</legend>
        <div className="radios">
          {(["A", "B", "C"] as const).map((severity) => (
            <label key={severity} className="check">
              <input
                type="radio"
                name="severity"
                value={severity}
                checked={draft.severity === severity}
                onChange={() => set({ severity })}
              />
              {SEVERITY_LABELS[severity]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Title" required error={errors.title} hint="At most 200 characters">
        {(props) => <input {...props} name="title" value={draft.title} onChange={(event) => set({ title: event.target.value })} />}
      </Field>
      <Field label="Description" required error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={4}
            value={draft.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label="Contact name" required error={errors["contact.name"]}>
          {(props) => (
            <input
              {...props}
              name="contactName"
              autoComplete="name"
              value={draft.contactName}
              onChange={(event) => set({ contactName: event.target.value })}
            />
          )}
        </Field>
        <Field label="Contact e-mail" required error={errors["contact.email"]}>
          {(props) => (
            <input
              {...props}
              name="contactEmail"
              type="email"
              autoComplete="email"
              value={draft.contactEmail}
              onChange={(event) => set({ contactEmail: event.target.value })}
            />
          )}
        </Field>
        <Field label="Contact phone" error={errors["contact.phone"]}>
          {(props) => (
            <input
              {...props}
              name="contactPhone"
              type="tel"
              autoComplete="tel"
              value={draft.contactPhone}
              onChange={(event) => set({ contactPhone: event.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? "Opening…" : "Open incident"}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Close
        </button>
      </div>
    </form>
  );
}
