import type { JSX } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { formatDate, today } from "../../api/format";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import type { CoverageSearch } from "./coverage-search";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { PlansPanel } from "./PlansPanel";

const route = getRouteApi("/coverage");

/** Pick a product, a version and a date: covered or not, and which plans could pay. */
export function CoveragePage(): JSX.Element {
  // What is checked lives in the URL (?asOf=&productId=&versionId=): reload, back and shared links keep it.
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const asOf = search.asOf ?? today();
  const productId = search.productId ?? "";
  const versionId = search.versionId ?? "";
  const update = (patch: Partial<typeof search>) =>
    void navigate({ to: "/coverage", search: (previous: CoverageSearch) => ({ ...previous, ...patch }) });
  // The date field may be empty or half-typed while the URL keeps the last complete date.
  const [dateText, setDateText] = useState(asOf);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(dateText);

  const products = useSdkQuery(sdkKey("products", { asOf }), (client, signal) => client.products({ asOf }, { signal }));
  const product = products.data?.find((p) => p.id === productId);
  const version = product?.versions.find((v) => v.id === versionId);
  const planVariables = { productVersionId: versionId, asOf };
  const plans = useSdkQuery(sdkKey("supportPlans", planVariables), (client, signal) => client.supportPlans(planVariables, { signal }), {
    enabled: versionId !== "",
  });

  return (
    <Page
      title="Coverage checker"
      intro={
        <>
          Is a product version covered by the technical benefits on a date, and which of your plans can pay?{" "}
          <Link to="/coverage/timeline" search={productId ? { productId } : {}}>
            See every version on a timeline
          </Link>
        </>
      }
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
                    const first = products.data?.find((p) => p.id === event.target.value)?.versions[0];
                    update({ productId: event.target.value || undefined, versionId: first?.id });
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
                <select
                  {...props}
                  value={versionId}
                  onChange={(event) => update({ versionId: event.target.value || undefined })}
                  disabled={!product}
                >
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
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={dateText}
                  onChange={(event) => {
                    setDateText(event.target.value);
                    if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) update({ asOf: event.target.value });
                  }}
                />
              )}
            </Field>
          </div>
          {products.isPending ? <Loading label="Loading the catalog…" /> : null}
          {products.status === "error" ? <ErrorState error={products.error} onRetry={() => void products.refetch()} /> : null}
        </Card>
        <Card title="Result" id="coverage-result">
          <div aria-live="polite">
            {!version ? <p className="muted">Choose a product and a version.</p> : null}
            {version ? (
              <div className={`verdict ${version.coverage.isCovered ? "verdict-ok" : "verdict-no"}`} data-testid="coverage-verdict">
                <p className="state-title">
                  {product?.name} {version.name}: {version.coverage.isCovered ? "covered" : "not covered"} on{" "}
                  {formatDate(version.coverage.asOf)}
                </p>
                <p>{version.coverage.message}</p>
                {version.mainstreamEndOn ? (
                  <p className="muted small">
                    Released {formatDate(version.releasedOn)} · mainstream support until {formatDate(version.mainstreamEndOn)} · extended
                    until {formatDate(version.extendedEndOn)}
                  </p>
                ) : null}
              </div>
            ) : null}
            {version && plans.isPending ? <Loading label="Loading your plans…" /> : null}
            {plans.status === "error" ? <ErrorState error={plans.error} onRetry={() => void plans.refetch()} /> : null}
            {version && plans.data ? <PlansPanel plans={plans.data} /> : null}
          </div>
        </Card>
      </div>
    </Page>
  );
}
