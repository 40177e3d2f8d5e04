import type { ProductsResult } from "@support-hub/sdk";
import { type FormEvent, useState } from "react";
import { useSdkMutation } from "../../api/sdk-query";
import { useAnnounce } from "../../components/announcer";
import { Field, type FieldErrors, FormErrors, splitUserErrors } from "../../components/fields";

export function AddVersionForm({ products }: { products: ProductsResult }) {
  const addVersion = useSdkMutation("addProductVersion", (client, input: Parameters<typeof client.addProductVersion>[0]) =>
    client.addProductVersion(input),
  );
  const announce = useAnnounce();
  const [productId, setProductId] = useState("");
  const [name, setName] = useState("");
  const [releasedOn, setReleasedOn] = useState("");
  const [mainstreamEndOn, setMainstreamEndOn] = useState("");
  const [extendedEndOn, setExtendedEndOn] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const product = products.find((p) => p.id === productId);
  const onPremises = product?.family !== "CLOUD";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!productId) next.productId = "Choose a product";
    if (!name.trim()) next.name = "Enter the version name";
    if (!releasedOn) next.releasedOn = "Enter the release date";
    if (onPremises && !mainstreamEndOn) next.mainstreamEndOn = "Required for on-premises products";
    if (onPremises && !extendedEndOn) next.extendedEndOn = "Required for on-premises products";
    setErrors(next);
    setFormErrors([]);
    if (Object.keys(next).length > 0) return;
    try {
      const result = await addVersion.mutateAsync({
        productId,
        name: name.trim(),
        releasedOn,
        mainstreamEndOn: mainstreamEndOn || undefined,
        extendedEndOn: extendedEndOn || undefined,
      });
      if (result.userErrors.length > 0) {
        const split = splitUserErrors(result.userErrors, ["productId", "name", "releasedOn", "mainstreamEndOn", "extendedEndOn"]);
        setErrors(split.fields);
        setFormErrors(split.form);
      } else {
        announce(`${product?.name} ${result.productVersion?.name} added`);
        setName("");
      }
    } catch (error) {
      setFormErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="version-form-title">
      <h2 id="version-form-title">Add a version</h2>
      <FormErrors messages={formErrors} />
      <Field label="Product" required error={errors.productId}>
        {(props) => (
          <select {...props} value={productId} onChange={(e) => setProductId(e.target.value)}>
            <option value="">Choose a product…</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Version name" required error={errors.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Released on" required error={errors.releasedOn}>
        {(props) => <input {...props} type="date" value={releasedOn} onChange={(e) => setReleasedOn(e.target.value)} />}
      </Field>
      {onPremises ? (
        <>
          <Field label="Mainstream support ends on" required error={errors.mainstreamEndOn}>
            {(props) => <input {...props} type="date" value={mainstreamEndOn} onChange={(e) => setMainstreamEndOn(e.target.value)} />}
          </Field>
          <Field label="Extended support ends on" required error={errors.extendedEndOn}>
            {(props) => <input {...props} type="date" value={extendedEndOn} onChange={(e) => setExtendedEndOn(e.target.value)} />}
          </Field>
        </>
      ) : null}
      <button type="submit" className="button" disabled={addVersion.isPending}>
        {addVersion.isPending ? "Adding…" : "Add version"}
      </button>
    </form>
  );
}
