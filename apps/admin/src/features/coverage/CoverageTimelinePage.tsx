import { getRouteApi, Link } from "@tanstack/react-router";
import { type JSX, useEffect, useState } from "react";
import { formatTerm, lastDayBefore, today } from "../../api/format";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { Field } from "../../components/fields";
import { Card, Page } from "../../components/page";
import { ErrorState, Loading } from "../../components/states";
import { STATUS_LABELS } from "./coverage-timeline";
import { TimelineChart } from "./TimelineChart";
import { TimelineList } from "./TimelineList";
import { useCoverageWindows, type VersionTimeline } from "./timeline-queries";
import { defaultRange, type TimelineSearch } from "./timeline-search";

const route = getRouteApi("/coverage/timeline");
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One product's versions on a time axis: when each is covered (N, N-1 in mainstream) and when it stops. */
export function CoverageTimelinePage(): JSX.Element {
  // Product and range live in the URL (?productId=&from=&to=): reload, back and shared links keep them.
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const day = today();
  const range = search.from && search.to && search.from < search.to ? { from: search.from, to: search.to } : defaultRange(day);
  // From the validated search, not the raw one: a bad parameter of a hand-edited URL is dropped, not carried on.
  const update = (patch: Partial<TimelineSearch>) => void navigate({ to: "/coverage/timeline", search: { ...search, ...patch } });

  // Half-typed dates stay in the fields; the URL takes a range only once both ends are valid and in order.
  const [fromText, setFromText] = useState(range.from);
  const [toText, setToText] = useState(range.to);
  const rangeError = !DATE.test(fromText) || !DATE.test(toText) ? "Enter both dates" : fromText >= toText ? "End after start" : undefined;
  // Back and forward change the URL under the fields: show its range again.
  useEffect(() => {
    setFromText(range.from);
    setToText(range.to);
  }, [range.from, range.to]);
  const setRange = (from: string, to: string) => {
    setFromText(from);
    setToText(to);
    if (DATE.test(from) && DATE.test(to) && from < to) update({ from, to });
  };

  const products = useSdkQuery(sdkKey("products", { asOf: day }), (client, signal) => client.products({ asOf: day }, { signal }));
  // Without a product in the URL, the first with a version lifecycle (cloud products have a single, always covered one).
  const product =
    products.data?.find((p) => p.id === search.productId) ?? products.data?.find((p) => p.family === "ON_PREMISES") ?? products.data?.[0];
  // Newest first: the versions a partner plans around come first.
  const versions = [...(product?.versions ?? [])].sort((a, b) => b.releasedOn.localeCompare(a.releasedOn));
  const windows = useCoverageWindows(
    versions.map((v) => v.id),
    range.from,
    range.to,
  );
  const loaded = windows.flatMap((query) => (query.data ? [query.data as VersionTimeline] : []));
  const failed = windows.find((query) => query.status === "error");
  const coveredToday = (versionId: string) => versions.find((v) => v.id === versionId)?.coverage.isCovered;

  return (
    <Page
      title="Coverage timeline"
      intro={
        <>
          When each version of a product is covered by the technical benefits, and when that stops, so you can plan upgrades.{" "}
          <Link to="/coverage">Check one version on a date</Link>
        </>
      }
    >
      <Card title="Product and range" id="timeline-form">
        <div className="form-row">
          <Field label="Product">
            {(props) => (
              <select
                {...props}
                value={product?.id ?? ""}
                onChange={(event) => update({ productId: event.target.value || undefined })}
                disabled={!products.data}
              >
                {products.data?.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="From" error={rangeError}>
            {(props) => <input {...props} type="date" value={fromText} onChange={(event) => setRange(event.target.value, toText)} />}
          </Field>
          <Field label="To (exclusive)">
            {(props) => <input {...props} type="date" value={toText} onChange={(event) => setRange(fromText, event.target.value)} />}
          </Field>
        </div>
        {products.isPending ? <Loading label="Loading the catalog…" /> : null}
        {products.status === "error" ? <ErrorState error={products.error} onRetry={() => void products.refetch()} /> : null}
      </Card>
      {product ? (
        <Card title={`${product.name}, ${formatTerm(range.from, lastDayBefore(range.to))}`} id="timeline-result" wide>
          {failed ? <ErrorState error={failed.error} onRetry={() => void failed.refetch()} /> : null}
          {!failed && loaded.length < versions.length ? <Loading label="Loading the timeline…" /> : null}
          {!failed && loaded.length === versions.length ? (
            <figure className="lifecycle">
              <TimelineChart versions={loaded} from={range.from} to={range.to} today={day} />
              <figcaption className="lifecycle-legend" aria-hidden="true">
                <span className="legend-item">
                  <span className="lifecycle-swatch lifecycle-covered-as-n" /> {STATUS_LABELS.COVERED_AS_N}
                </span>
                <span className="legend-item">
                  <span className="lifecycle-swatch lifecycle-covered-as-n-minus-1-mainstream" />{" "}
                  {STATUS_LABELS.COVERED_AS_N_MINUS_1_MAINSTREAM}
                </span>
                <span className="legend-item">
                  <span className="lifecycle-swatch lifecycle-not-covered" /> {STATUS_LABELS.NOT_COVERED}
                </span>
                <span className="legend-item">
                  <span className="lifecycle-swatch lifecycle-swatch-today" /> Today
                </span>
              </figcaption>
              <TimelineList productName={product.name} versions={loaded} coveredToday={coveredToday} isCloud={product.family === "CLOUD"} />
            </figure>
          ) : null}
        </Card>
      ) : null}
    </Page>
  );
}
