import type { IncidentStatus } from "@support-hub/sdk";

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ["OPEN", "IN_PROGRESS", "RESOLVED", "WITHDRAWN"];

/** The incidents screen's URL: filters, and the cursors of the pages before this one (a trail, so "Previous" works after a reload). */
export interface IncidentSearch {
  status?: IncidentStatus[];
  productId?: string;
  /** End cursors of the pages already passed; the last one is this page's `after`. */
  pages?: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);

/** Keeps only what the screen understands, so a hand-edited URL cannot break it. */
export function parseIncidentSearch(search: Record<string, unknown>): IncidentSearch {
  const status = strings(search.status).filter((value): value is IncidentStatus => INCIDENT_STATUSES.includes(value as IncidentStatus));
  const pages = strings(search.pages);
  return {
    ...(status.length ? { status } : {}),
    ...(typeof search.productId === "string" && search.productId ? { productId: search.productId } : {}),
    ...(pages.length ? { pages } : {}),
  };
}
