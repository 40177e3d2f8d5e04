import { useState } from "react";
import { today } from "../../api/format";
import { useAsync } from "../../api/use-async";
import { useSession } from "../../auth/session";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { PlansPanel } from "./PlansPanel";

/** Pick a product, a version and a date: covered or not, and which plans could pay. */
export function CoveragePage() {
  const { client } = useSession();
  const [asOf, setAsOf] = useState(today());
  const [productId, setProductId] = useState("");
  const [versionId, setVersionId] = useState("");
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);

  const products = useAsync((signal) => (validDate ? client.products({ asOf }, { signal }) : Promise.resolve(null)), [asOf]);
  const product = products.data?.find((p) => p.id === productId);
  const version = product?.versions.find((v) => v.id === versionId);
  const plans = useAsync(
    (signal) => (versionId && validDate ? client.supportPlans({ productVersionId: versionId, asOf }, { signal }) : Promise.resolve(null)),
    [versionId, asOf],
  );

  return (
    <Page
      title="Coverage checker"
      intro="Is a product version covered by the technical benefits on a date, and which of your plans can pay?"
    >
      <div className="grid">
        <Card title="What to check" id="coverage-form">
          <div className="form">
            <Field label="Product">
              {(props) => (
                <select
                  {...props}
                  value={productId}
                  onChange={(event) => {
                    setProductId(event.target.value);
                    const first = products.data?.find((p) => p.id === event.target.value)?.versions[0];
                    setVersionId(first?.id ?? "");
                  }}
                  disabled={!products.data}
                >
                  <option value="">Choose a product…</option>
                  {products.data?.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} ({p.family === "CLOUD" ? "cloud" : "on-premises"})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Version">
              {(props) => (
                <select {...props} value={versionId} onChange={(event) => setVersionId(event.target.value)} disabled={!product}>
                  {product ? null : <option value="">Choose a product first</option>}
                  {product?.versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Date" hint="Coverage is computed for this date" error={validDate ? undefined : "Enter a date"}>
              {(props) => <input {...props} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />}
            </Field>
          </div>
          {products.status === "loading" && !products.data ? <Loading label="Loading the catalog…" /> : null}
          {products.status === "error" ? <ErrorState error={products.error} onRetry={products.reload} /> : null}
        </Card>
        <Card title="Result" id="coverage-result">
          <div aria-live="polite">
            {!version ? <p className="muted">Choose a product and a version.</p> : null}
            {version ? (
              <div className={`verdict ${version.coverage.isCovered ? "verdict-ok" : "verdict-no"}`} data-testid="coverage-verdict">
                <p className="state-title">
                  {product?.name} {version.name}: {version.coverage.isCovered ? "covered" : "not covered"} on {version.coverage.asOf}
                </p>
                <p>{version.coverage.message}</p>
                {version.mainstreamEndOn ? (
                  <p className="muted small">
                    Released {version.releasedOn} · mainstream support until {version.mainstreamEndOn} · extended until{" "}
                    {version.extendedEndOn ?? "—"}
                  </p>
                ) : null}
              </div>
            ) : null}
            {version && plans.status === "loading" && !plans.data ? <Loading label="Loading your plans…" /> : null}
            {plans.status === "error" ? <ErrorState error={plans.error} onRetry={plans.reload} /> : null}
            {version && plans.data ? <PlansPanel plans={plans.data} /> : null}
          </div>
        </Card>
      </div>
    </Page>
  );
}
