import type { AuditOutcome } from "@support-hub/sdk";

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ["SUCCEEDED", "REFUSED", "DENIED", "THROTTLED"];

/** The audit-log screen's URL: the filters the API supports, the operator's organization, and the page trail. */
export interface AuditSearch {
  /** The operator's pick; an admin always reads its own organization. */
  organizationId?: string;
  action?: string;
  actorId?: string;
  outcome?: AuditOutcome;
  /** End cursors of the pages already passed; the last one is this page's `after`. */
  pages?: string[];
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() && value.length <= 200 ? value.trim() : undefined;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);

/**
 * Keeps only what the screen understands, so a hand-edited URL cannot break it (an unknown action
 * just matches nothing). Every key is returned, `undefined` when invalid: TanStack Router merges the
 * result over the raw query string, so a key left out would keep its raw value (`?pages=42`).
 */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const pages = strings(search.pages);
  return {
    organizationId: text(search.organizationId),
    action: text(search.action),
    actorId: text(search.actorId),
    outcome: AUDIT_OUTCOMES.find((value) => value === search.outcome),
    pages: pages.length ? pages : undefined,
  };
}
