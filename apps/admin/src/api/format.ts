/** Small display helpers shared by the screens. */

/** Today as a LocalDate (YYYY-MM-DD) in the browser's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// One format everywhere: the browser's locale. A LocalDate ("2026-11-25") is a calendar day with
// no time zone: it is read and shown in UTC so that no offset moves it to the day before.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const localDate = (value: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
};

/** A LocalDate (YYYY-MM-DD) as a date in the browser's locale, never shifted by the time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = localDate(value);
  return date ? dateFormat.format(date) : value;
}

/** An instant (ISO 8601 date-time) as date and time in the browser's locale and time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** A term between two LocalDates, e.g. "Jan 1 – Dec 31, 2026" (the locale shortens shared parts). */
export function formatTerm(start: string | null | undefined, end: string | null | undefined): string {
  const from = start ? localDate(start) : null;
  const to = end ? localDate(end) : null;
  if (from && to && from <= to) return dateFormat.formatRange(from, to);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function humanize(value: string): string {
  const text = value.toLowerCase().replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ROLE_LABELS: Record<string, string> = {
  GLOBAL_ADMIN: "Global Admin",
  MPN_PARTNER_ADMIN: "MPN Partner Admin",
  ADMIN_AGENT: "Admin Agent",
  HELPDESK_AGENT: "Helpdesk Agent",
  SALES_AGENT: "Sales Agent",
  BILLING_ADMIN: "Billing Admin",
  USER_MANAGEMENT_ADMIN: "User Management Admin",
  REPORT_VIEWER: "Report Viewer",
  SUPPORT_OPERATOR: "Support Operator",
};
export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? humanize(role);

const PLAN_LABELS: Record<string, string> = {
  PRODUCT_SUPPORT: "Product support (on-premises)",
  SIGNATURE_CLOUD: "Signature cloud support",
  CLOUD_SOLUTION_PROVIDER: "Cloud Solution Provider",
  MICROSOFT_365: "Microsoft 365",
};
export const planLabel = (kind: string | null | undefined): string => (kind ? (PLAN_LABELS[kind] ?? humanize(kind)) : "—");

export const SEVERITY_LABELS: Record<string, string> = { A: "A — critical", B: "B — high", C: "C — normal" };

export function remainingLabel(contract: {
  isUnlimited: boolean;
  remainingIncidentCount?: number | null;
  totalIncidentCount?: number | null;
}): string {
  if (contract.isUnlimited) return "Unlimited";
  return `${contract.remainingIncidentCount ?? 0} of ${contract.totalIncidentCount ?? 0} left`;
}

/** `1 incident`, `3 incidents`: every count shown goes through this. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `Showing 21–40 of 57 entries`: where a page of `shown` items starting after `start` sits in the whole list. */
export function pageRange(start: number, shown: number, total: number, singular: string, plural = `${singular}s`): string {
  return `Showing ${start + 1}–${start + shown} of ${countOf(total, singular, plural)}`;
}

/** The last valid day of an exclusive end date (`endsOn` 2027-07-01 -> 2027-06-30), in UTC. */
export function lastDayBefore(endsOn: string): string {
  const day = new Date(`${endsOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

const LEVEL_LABELS: Record<string, string> = { ACTION_PACK: "Action Pack", SILVER: "Silver", GOLD: "Gold" };
export const levelLabel = (level: string): string => LEVEL_LABELS[level] ?? humanize(level);

export function offerLabel(offer: { level: string; competency?: string | null }): string {
  return offer.competency ? `${levelLabel(offer.level)} — ${offer.competency}` : levelLabel(offer.level);
}
