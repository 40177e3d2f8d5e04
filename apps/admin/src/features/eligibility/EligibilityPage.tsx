import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useEffect, useState } from "react";
import { formatDate, today } from "../../api/format";
import { useSession } from "../../auth/session";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { asksForCustomers, useEligibility, useEligibilityChoices } from "./eligibility-queries";
import type { EligibilitySearch } from "./eligibility-search";
import { EligibilitySteps } from "./EligibilitySteps";

const route = getRouteApi("/eligibility");
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Can I open a request for this version (and customer) on this date? The API's rules, step by step. */
export function EligibilityPage(): JSX.Element {
  // The question lives in the URL (?productId=&versionId=&customerId=&asOf=): reload, back and shared links keep it.
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { viewer } = useSession();
  const asOf = search.asOf ?? today();
  // From the validated search, not the raw one: a bad parameter of a hand-edited URL is dropped, not carried on.
  const update = (patch: Partial<EligibilitySearch>) => void navigate({ to: "/eligibility", search: { ...search, ...patch } });
  const [dateText, setDateText] = useState(asOf);
  useEffect(() => setDateText(asOf), [asOf]);

  const { products, customers } = useEligibilityChoices();
  const product = products.data?.find((p) => p.id === search.productId);
  const version = product?.versions.find((v) => v.id === search.versionId);
  const customer = customers.find((c) => c.id === search.customerId);
  const eligibility = useEligibility({
    productVersionId: version?.id ?? "",
    ...(customer ? { customerId: customer.id } : {}),
    asOf,
  });

  return (
    <Page
      title="Eligibility"
      intro="Can you open a support request for a product version? Each rule the API checks, in order, and what to do about the first one that fails."
    >
      <div className="grid">
        <Card title="What to ask" id="eligibility-form">
          <div className="form">
            <Field label="Product">
              {(props) => (
                <select
                  {...props}
                  value={product?.id ?? ""}
                  onChange={(event) => {
                    const chosen = products.data?.find((p) => p.id === event.target.value);
                    const newest = [...(chosen?.versions ?? [])].sort((a, b) => b.releasedOn.localeCompare(a.releasedOn))[0];
                    update({ productId: chosen?.id, versionId: newest?.id });
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
                  value={version?.id ?? ""}
                  onChange={(event) => update({ versionId: event.target.value || undefined })}
                  disabled={!product}
                >
                  {version ? null : <option value="">{product ? "Choose a version…" : "Choose a product first"}</option>}
                  {product?.versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {asksForCustomers(viewer) ? (
              <Field label="For" hint="Your own organization, or one of its CSP customers">
                {(props) => (
                  <select
                    {...props}
                    value={customer?.id ?? ""}
                    onChange={(event) => update({ customerId: event.target.value || undefined })}
                  >
                    <option value="">My organization</option>
                    {customers.map((c) => (
                      <option key={c.id} value={c.id}>
                        CSP customer: {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field label="As of" hint="The rules are checked for this date" error={DATE.test(dateText) ? undefined : "Enter a date"}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={dateText}
                  onChange={(event) => {
                    setDateText(event.target.value);
                    if (DATE.test(event.target.value)) update({ asOf: event.target.value });
                  }}
                />
              )}
            </Field>
          </div>
          {products.isPending ? <Loading label="Loading the catalog…" /> : null}
          {products.status === "error" ? <ErrorState error={products.error} onRetry={() => void products.refetch()} /> : null}
        </Card>
        <Card title="Walk-through" id="eligibility-result">
          <div aria-live="polite">
            {!version ? <p className="muted">Choose a product and a version.</p> : null}
            {version ? (
              <p className="muted small">
                {product?.name} {version.name}
                {customer ? ` for ${customer.name}` : ""} on {formatDate(asOf)}
              </p>
            ) : null}
            {version && eligibility.isPending ? <Loading label="Walking the rules…" /> : null}
            {eligibility.status === "error" ? <ErrorState error={eligibility.error} onRetry={() => void eligibility.refetch()} /> : null}
            {version && eligibility.data ? <EligibilitySteps eligibility={eligibility.data} /> : null}
          </div>
        </Card>
      </div>
    </Page>
  );
}
