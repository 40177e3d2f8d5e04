import type { IncidentStatus, Severity } from "@support-hub/sdk";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { formatTerm, humanize, planLabel, SEVERITY_LABELS } from "../../api/format";
import {
  INCIDENT_STATUSES,
  type IncidentFilters as Filters,
  MAX_QUERY_LENGTH,
  PLAN_KINDS,
  SEVERITIES,
  SORT_FIELDS,
  type SortDirection,
  type SortField,
} from "./incident-search";

/** Waits this long after the last keystroke before searching: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

const SORT_LABELS: Record<SortField, string> = { CREATED_AT: "Opened", UPDATED_AT: "Last change", SEVERITY: "Severity" };
// What "ascending" means depends on the field: severity A (critical) sorts first.
const DIRECTION_LABELS: Record<SortField, Record<SortDirection, string>> = {
  CREATED_AT: { DESC: "Newest first", ASC: "Oldest first" },
  UPDATED_AT: { DESC: "Most recent first", ASC: "Least recent first" },
  SEVERITY: { ASC: "Most critical first", DESC: "Least critical first" },
};

export interface FilterChoices {
  products: readonly { id: string; name: string }[];
  contracts: readonly { id: string; kind: string; startsOn: string; endsOn: string }[];
}

/**
 * The incident search form. Every control writes the URL through `onChange` (which starts again
 * from page one); the text box does so after a pause in typing, or at once on Enter.
 */
export function IncidentFilters({
  filters,
  onChange,
  choices,
}: {
  filters: Filters;
  onChange: (filters: Filters, options?: { replace?: boolean }) => void;
  choices: FilterChoices;
}) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const toggle = <T extends string>(list: readonly T[] | undefined, item: T): T[] =>
    list?.includes(item) ? list.filter((value) => value !== item) : [...(list ?? []), item];
  const sort = filters.sort ?? "CREATED_AT";
  const direction = filters.dir ?? (filters.sort === "SEVERITY" ? "ASC" : "DESC");

  return (
    <div className="incident-search">
      <SearchBox
        value={filters.q ?? ""}
        // Refining the text replaces the history entry; starting a search adds one (Back returns to the unsearched list).
        onCommit={(q) => onChange({ ...filters, q }, { replace: Boolean(filters.q) && q !== "" })}
      />
      <div className="filters search-filters">
        <fieldset>
          <legend>Status</legend>
          {INCIDENT_STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                checked={filters.status?.includes(status) ?? false}
                onChange={() => set("status", toggle<IncidentStatus>(filters.status, status))}
              />
              {humanize(status)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Severity</legend>
          {SEVERITIES.map((severity) => (
            <label key={severity} className="check">
              <input
                type="checkbox"
                checked={filters.severity?.includes(severity) ?? false}
                onChange={() => set("severity", toggle<Severity>(filters.severity, severity))}
              />
              {SEVERITY_LABELS[severity] ?? severity}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="filters search-fields">
        <label className="inline-field">
          Plan
          <select
            value={filters.plan?.[0] ?? ""}
            onChange={(event) => set("plan", event.target.value ? [event.target.value as (typeof PLAN_KINDS)[number]] : undefined)}
          >
            <option value="">All plans</option>
            {PLAN_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {planLabel(kind)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Product
          <select value={filters.productId ?? ""} onChange={(event) => set("productId", event.target.value || undefined)}>
            <option value="">All products</option>
            {choices.products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
          </select>
        </label>
        {choices.contracts.length > 0 || filters.contract ? (
          <label className="inline-field">
            Support contract
            <select value={filters.contract ?? ""} onChange={(event) => set("contract", event.target.value || undefined)}>
              <option value="">All contracts</option>
              {choices.contracts.map((contract) => (
                <option key={contract.id} value={contract.id}>
                  {contract.kind === "ON_PREMISES" ? "On-premises" : "Cloud"}, {formatTerm(contract.startsOn, contract.endsOn)}
                </option>
              ))}
              {filters.contract && !choices.contracts.some((contract) => contract.id === filters.contract) ? (
                <option value={filters.contract}>A contract not listed here</option>
              ) : null}
            </select>
          </label>
        ) : null}
        <label className="inline-field">
          Opened from
          <input
            type="date"
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(event) => set("from", event.target.value || undefined)}
          />
        </label>
        <label className="inline-field">
          Opened until
          <input type="date" value={filters.to ?? ""} min={filters.from} onChange={(event) => set("to", event.target.value || undefined)} />
        </label>
        <label className="inline-field">
          Sort by
          <select
            value={sort}
            onChange={(event) => {
              const field = event.target.value as SortField;
              // Each field starts in its natural order (newest, most critical first).
              onChange({ ...filters, sort: field, dir: field === "SEVERITY" ? "ASC" : "DESC" });
            }}
          >
            {SORT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {SORT_LABELS[field]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Order
          <select value={direction} onChange={(event) => onChange({ ...filters, sort, dir: event.target.value as SortDirection })}>
            {(["DESC", "ASC"] as const).map((value) => (
              <option key={value} value={value}>
                {DIRECTION_LABELS[sort][value]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** The text search: local while typing, written to the URL after a pause; follows the URL when it changes elsewhere (Back, Clear). */
function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = text;
      commit.current(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text === committed.current) return;
    committed.current = text;
    commit.current(text);
  };

  return (
    <search className="search-box">
      <form onSubmit={submit}>
        <label className="inline-field">
          Search incidents
          <input
            type="search"
            value={text}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="SR-1001, or words in the title or description"
            onChange={(event) => setText(event.target.value)}
            data-testid="incident-query"
          />
        </label>
      </form>
    </search>
  );
}
