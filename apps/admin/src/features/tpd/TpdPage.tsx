import type { TpdKind } from "@support-hub/sdk";
import { type FormEvent, useRef, useState } from "react";
import { formatDate, humanize, lastDayBefore } from "../../api/format";
import { useAsync } from "../../api/use-async";
import { useSession } from "../../auth/session";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, focusFirstInvalid, splitUserErrors } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { Empty, ErrorState, Loading } from "../../components/states";

/** Presales and deployment (TPD) hours: balance, engagements, and a request form. */
export function TpdPage() {
  const { client, viewer } = useSession();
  const announce = useAnnounce();
  const organizationId = viewer.organization!.id;
  const balance = useAsync((signal) => client.tpdBalance({ organizationId }, { signal }), [organizationId]);
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<TpdKind>("PRESALES");
  const [hours, setHours] = useState("1");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    const next: FieldErrors = {};
    const count = Number(hours);
    if (!Number.isInteger(count) || count < 1) next.hours = "Enter a whole number of hours, at least 1";
    if (!description.trim()) next.description = "Describe what you need";
    setErrors(next);
    if (Object.keys(next).length > 0) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    setPending(true);
    try {
      const result = await client.requestTpdEngagement(
        {
          organizationId,
          kind,
          hours: count,
          description: description.trim(),
        },
        { idempotencyKey: crypto.randomUUID() },
      );
      if (result.userErrors.length > 0) {
        const split = splitUserErrors(result.userErrors, ["hours", "description", "kind"]);
        setErrors(split.fields);
        setFormErrors(split.form);
      } else {
        announce(`${count} ${humanize(kind).toLowerCase()} hour${count === 1 ? "" : "s"} requested`);
        setDescription("");
        balance.reload();
      }
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setPending(false);
    }
  };

  const data = balance.data;
  return (
    <Page title="Presales and deployment" intro="Technical presales and deployment (TPD) hours need no activation.">
      {balance.status === "loading" && !data ? <Loading label="Loading your hours…" /> : null}
      {balance.status === "error" ? <ErrorState error={balance.error} onRetry={balance.reload} /> : null}
      {data && balance.status !== "error" ? (
        <div className="grid">
          <Card title="This period" id="tpd-balance">
            <p className="big-number" data-testid="tpd-remaining">
              {data.remainingHours} <span>of {data.totalHours} hours left</span>
            </p>
            <p className="muted small">
              {data.periodStartsOn} through {lastDayBefore(data.periodEndsOn)} · {data.usedHours} used
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
                      ({engagement.createdBy?.displayName ?? "someone"}, {formatDate(engagement.createdAt)})
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
            <button type="submit" className="button" disabled={pending}>
              {pending ? "Requesting…" : "Request hours"}
            </button>
          </form>
        </div>
      ) : null}
    </Page>
  );
}
