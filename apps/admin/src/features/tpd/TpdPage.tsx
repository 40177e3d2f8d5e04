import type { TpdKind } from "@support-hub/sdk";
import { type FormEvent, useRef, useState } from "react";
import { formatDateTime, formatTerm, humanize } from "../../api/format";
import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";
import { useIdempotencyKey } from "../../api/use-idempotency-key";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, focusFirstInvalid, splitUserErrors } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";

/** Presales and deployment (TPD) hours: balance, engagements, and a request form. */
export function TpdPage() {
  const { viewer } = useSession();
  const announce = useAnnounce();
  const organizationId = viewer.organization!.id;
  const balance = useSdkQuery(sdkKey("tpdBalance", { organizationId }), (client, signal) =>
    client.tpdBalance({ organizationId }, { signal }),
  );
  const request = useSdkMutation(
    "requestTpdEngagement",
    (client, { input, idempotencyKey }: { input: Parameters<typeof client.requestTpdEngagement>[0]; idempotencyKey: string }) =>
      client.requestTpdEngagement(input, { idempotencyKey }),
  );
  const draftKey = useIdempotencyKey();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKindValue] = useState<TpdKind>("PRESALES");
  const [hours, setHoursValue] = useState("1");
  const [description, setDescriptionValue] = useState("");
  // An edited draft is a new request: it gets a new idempotency key.
  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      draftKey.renew();
    };
  const setKind = edit(setKindValue);
  const setHours = edit(setHoursValue);
  const setDescription = edit(setDescriptionValue);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    const next: FieldErrors = {};
    const count = Number(hours);
    if (!Number.isInteger(count) || count < 1) next.hours = "Enter a whole number of hours, at least 1";
    if (!description.trim()) next.description = "Describe what you need";
    setErrors(next);
    if (Object.keys(next).length > 0) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    try {
      const result = await request.mutateAsync({
        input: { organizationId, kind, hours: count, description: description.trim() },
        idempotencyKey: draftKey.key,
      });
      if (result.userErrors.length > 0) {
        const split = splitUserErrors(result.userErrors, ["hours", "description", "kind"]);
        setErrors(split.fields);
        setFormErrors(split.form);
      } else {
        announce(`${count} ${humanize(kind).toLowerCase()} hour${count === 1 ? "" : "s"} requested`);
        setDescription("");
      }
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  const data = balance.data;
  return (
    <Page title="Presales and deployment" intro="Technical presales and deployment (TPD) hours need no activation.">
      {balance.isPending ? <Loading label="Loading your hours…" /> : null}
      {balance.status === "error" ? <ErrorState error={balance.error} onRetry={() => void balance.refetch()} /> : null}
      {data && balance.status !== "error" ? (
        <div className="grid">
          <Card title="This period" id="tpd-balance">
            <p className="big-number" data-testid="tpd-remaining">
              {data.remainingHours} <span>of {data.totalHours} hours left</span>
            </p>
            <p className="muted small">
              {formatTerm(data.periodStartsOn, data.periodEndsOn)} · {data.usedHours} used
            </p>
            {data.engagements.length === 0 ? (
              <Empty title="No engagements yet" />
            ) : (
              <ul className="plain-list">
                {data.engagements.map((engagement) => (
                  <li key={engagement.id}>
                    <strong>
                      {humanize(engagement.kind)}, {engagement.hours} h
                    </strong>{" "}
                    — {engagement.description}
                    <span className="muted small">
                      {" "}
                      ({engagement.createdBy?.displayName ?? "someone"}, {formatDateTime(engagement.createdAt)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="tpd-form-title">
            <h2 id="tpd-form-title">Request hours</h2>
            <FormErrors messages={formErrors} />
            <fieldset className="field">
              <legend>Kind</legend>
              <div className="radios">
                {(["PRESALES", "DEPLOYMENT"] as const).map((value) => (
                  <label key={value} className="check">
                    <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
                    {humanize(value)}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field label="Hours" required error={errors.hours}>
              {(props) => (
                <input {...props} type="number" min={1} inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
              )}
            </Field>
            <Field label="What do you need?" required error={errors.description}>
              {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
            </Field>
            <button type="submit" className="button" disabled={request.isPending}>
              {request.isPending ? "Requesting…" : "Request hours"}
            </button>
          </form>
        </div>
      ) : null}
    </Page>
  );
}
