import type { ProductFamily } from "@support-hub/sdk";
import { type FormEvent, useState } from "react";
import { useSdkMutation } from "../../api/sdk-query";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, splitUserErrors } from "../../components/fields";

export function ProductForm() {
  const upsert = useSdkMutation("upsertProduct", (client, input: Parameters<typeof client.upsertProduct>[0]) =>
    client.upsertProduct(input),
  );
  const announce = useAnnounce();
  const [key, setKey] = useState("");
  const [name, setName] = useState("");
  const [family, setFamily] = useState<ProductFamily>("ON_PREMISES");
  const [cspEligible, setCspEligible] = useState(false);
  const [isMicrosoft365, setIsMicrosoft365] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) next.key = "Lowercase letters, digits and single hyphens, e.g. windows-server";
    if (!name.trim()) next.name = "Enter a display name";
    setErrors(next);
    setFormErrors([]);
    if (Object.keys(next).length > 0) return;
    try {
      const cloud = family === "CLOUD";
      const result = await upsert.mutateAsync({
        key,
        name: name.trim(),
        family,
        isCspEligible: cloud && cspEligible,
        isMicrosoft365: cloud && isMicrosoft365,
      });
      if (result.userErrors.length > 0) {
        const split = splitUserErrors(result.userErrors, ["key", "name", "family"]);
        setErrors(split.fields);
        setFormErrors(split.form);
      } else {
        announce(`${result.product?.name} ${result.wasCreated ? "created" : "updated"}`);
      }
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="product-form-title">
      <h2 id="product-form-title">Create or update a product</h2>
      <FormErrors messages={formErrors} />
      <Field label="Key" required error={errors.key} hint="Identifies the product; an existing key updates it">
        {(props) => <input {...props} value={key} onChange={(e) => setKey(e.target.value)} />}
      </Field>
      <Field label="Name" required error={errors.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Family" error={errors.family}>
        {(props) => (
          <select {...props} value={family} onChange={(e) => setFamily(e.target.value as ProductFamily)}>
            <option value="ON_PREMISES">On-premises</option>
            <option value="CLOUD">Cloud</option>
          </select>
        )}
      </Field>
      {family === "CLOUD" ? (
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={cspEligible} onChange={(e) => setCspEligible(e.target.checked)} /> Eligible for the Cloud
            Solution Provider plan
          </label>
          <label className="check">
            <input type="checkbox" checked={isMicrosoft365} onChange={(e) => setIsMicrosoft365(e.target.checked)} /> Microsoft 365 (no
            contract link needed)
          </label>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={upsert.isPending}>
        {upsert.isPending ? "Saving…" : "Save product"}
      </button>
    </form>
  );
}
