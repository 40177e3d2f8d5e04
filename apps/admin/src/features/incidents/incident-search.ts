import type { IncidentStatus, PlanKind, Severity, SupportIncidentFilter, SupportIncidentOrder } from "@support-hub/sdk";

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ["OPEN", "IN_PROGRESS", "RESOLVED", "WITHDRAWN"];
export const SEVERITIES: readonly Severity[] = ["A", "B", "C"];
export const PLAN_KINDS: readonly PlanKind[] = ["PRODUCT_SUPPORT", "SIGNATURE_CLOUD", "MICROSOFT_365", "CLOUD_SOLUTION_PROVIDER"];
export const SORT_FIELDS = ["CREATED_AT", "UPDATED_AT", "SEVERITY"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = "ASC" | "DESC";

/** The API refuses longer text (`inputLimits.incidentSearchQuery`): a longer hand-edited URL is cut, not an error screen. */
export const MAX_QUERY_LENGTH = 200;

/** The incidents screen's URL: the search, and the cursors of the pages before this one (a trail, so "Previous" works after a reload). */
export interface IncidentSearch {
  /** Text over number, title and description. */
  q?: string;
  status?: IncidentStatus[];
  severity?: Severity[];
  plan?: PlanKind[];
  productId?: string;
  /** A SupportContract ID. */
  contract?: string;
  /** Created on or after this day (YYYY-MM-DD, the browser's time zone). */
  from?: string;
  /** Created on or before this day (inclusive). */
  to?: string;
  /** Absent: the API's default, newest first. */
  sort?: SortField;
  dir?: SortDirection;
  /** End cursors of the pages already passed; the last one is this page's `after`. */
  pages?: string[];
}

/** Everything but the page trail: what a filter change replaces (and so starts again from page one). */
export type IncidentFilters = Omit<IncidentSearch, "pages">;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);
const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
  [...new Set(strings(value))].filter((item): item is T => allowed.includes(item as T));
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

/** A real calendar day as YYYY-MM-DD (2026-02-30 is not one), else undefined. */
export function validDay(value: unknown): string | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/** Keeps only what the screen understands, so a hand-edited URL cannot break it. */
export function parseIncidentSearch(search: Record<string, unknown>): IncidentSearch {
  const q = text(search.q)?.slice(0, MAX_QUERY_LENGTH);
  const status = oneOf(INCIDENT_STATUSES, search.status);
  const severity = oneOf(SEVERITIES, search.severity);
  const plan = oneOf(PLAN_KINDS, search.plan);
  const sort = SORT_FIELDS.find((field) => field === search.sort);
  const dir = search.dir === "ASC" || search.dir === "DESC" ? search.dir : undefined;
  const from = validDay(search.from);
  const to = validDay(search.to);
  const pages = strings(search.pages);
  // Every key is present, undefined when unusable: the router spreads this over the raw URL
  // search, so an omitted key would let a hand-edited raw value (`sort=BOGUS`) through.
  return {
    q: q || undefined,
    status: status.length ? status : undefined,
    severity: severity.length ? severity : undefined,
    plan: plan.length ? plan : undefined,
    productId: text(search.productId) ? (search.productId as string) : undefined,
    contract: text(search.contract) ? (search.contract as string) : undefined,
    from,
    to,
    sort,
    dir,
    pages: pages.length ? pages : undefined,
  };
}

/** Drops empty values, so the URL holds only the filters in use. */
export function compactFilters(filters: IncidentFilters): IncidentFilters {
  // Whatever the caller spread in, the page trail never survives a filter change.
  const { pages: _trail, ...kept } = parseIncidentSearch(filters as Record<string, unknown>);
  return kept;
}

export const hasFilters = (search: IncidentSearch): boolean =>
  Object.values(compactFilters({ ...search, sort: undefined, dir: undefined })).some((value) => value !== undefined);

/** Midnight starting that day in the browser's time zone, as an instant. */
const startOfDay = (day: string, plusDays = 0): string => {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString();
};

/** The API's filter for the URL's search: days become instants, `to` inclusive (the API's `createdBefore` is exclusive). */
export function toApiFilter(search: IncidentSearch): SupportIncidentFilter {
  return {
    query: search.q?.trim() || undefined,
    status: search.status,
    severity: search.severity,
    planKind: search.plan,
    productId: search.productId,
    supportContractId: search.contract,
    createdAfter: search.from ? startOfDay(search.from) : undefined,
    createdBefore: search.to ? startOfDay(search.to, 1) : undefined,
  };
}

export function toApiOrder(search: IncidentSearch): SupportIncidentOrder | undefined {
  if (!search.sort && !search.dir) return undefined;
  return { field: search.sort ?? "CREATED_AT", direction: search.dir ?? "DESC" };
}

/** `SR-1001`, `sr-1001` or `1001` typed as the whole query: worth a direct lookup. */
export function incidentNumberIn(query: string | undefined): string | undefined {
  const match = /^\s*(?:SR-?)?(\d{1,15})\s*$/i.exec(query ?? "");
  return match ? `SR-${match[1]}` : undefined;
}
