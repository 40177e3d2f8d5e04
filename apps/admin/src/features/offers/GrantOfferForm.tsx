import type { OfferLevel } from "@support-hub/sdk";
import { type FormEvent, useState } from "react";
import { today } from "../../api/format";
import { useSdkMutation } from "../../api/sdk-query";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, splitUserErrors } from "../../components/fields";

const COMPETENCIES = [
  "Security",
  "Cloud Business Applications",
  "Cloud Platform",
  "Cloud Productivity",
  "Enterprise Mobility Management",
  "Small and Midmarket Cloud Solutions",
  "Data Platform",
  "Data Analytics",
  "Application Development",
];

const inAYear = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

export function GrantOfferForm({ organizationId }: { organizationId: string }) {
  const grant = useSdkMutation("grantMembershipOffer", (client, input: Parameters<typeof client.grantMembershipOffer>[0]) =>
    client.grantMembershipOffer(input),
  );
  const announce = useAnnounce();
  const [level, setLevel] = useState<OfferLevel>("SILVER");
  const [competency, setCompetency] = useState(COMPETENCIES[0]!);
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState(inAYear());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!startsOn) next.startsOn = "Enter the start date";
    if (!endsOn) next.endsOn = "Enter the end date";
    else if (startsOn && endsOn <= startsOn) next.endsOn = "The end must be after the start";
    setErrors(next);
    setFormErrors([]);
    if (Object.keys(next).length > 0) return;
    try {
      const result = await grant.mutateAsync({
        organizationId,
        level,
        competency: level === "ACTION_PACK" ? undefined : competency,
        startsOn,
        endsOn,
      });
      if (result.userErrors.length > 0) {
        const split = splitUserErrors(result.userErrors, ["level", "competency", "startsOn", "endsOn"]);
        setErrors(split.fields);
        setFormErrors(split.form);
      } else {
        announce("Offer granted");
      }
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="grant-title">
      <h2 id="grant-title">Grant an offer</h2>
      <FormErrors messages={formErrors} />
      <Field label="Level" error={errors.level}>
        {(props) => (
          <select {...props} value={level} onChange={(e) => setLevel(e.target.value as OfferLevel)}>
            <option value="ACTION_PACK">Action Pack</option>
            <option value="SILVER">Silver</option>
            <option value="GOLD">Gold</option>
          </select>
        )}
      </Field>
      {level !== "ACTION_PACK" ? (
        <Field label="Competency" error={errors.competency}>
          {(props) => (
            <select {...props} value={competency} onChange={(e) => setCompetency(e.target.value)}>
              {COMPETENCIES.map((value) => (
                <option key={value}>{value}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Starts on" required error={errors.startsOn}>
        {(props) => <input {...props} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}
      </Field>
      <Field label="Ends on" required error={errors.endsOn}>
        {(props) => <input {...props} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={grant.isPending}>
        {grant.isPending ? "Granting…" : "Grant offer"}
      </button>
    </form>
  );
}
