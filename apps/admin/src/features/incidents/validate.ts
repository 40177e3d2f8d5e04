import type { InputLimitsResult } from "@support-hub/sdk";

/** Client-side checks, so most mistakes are caught before a round trip; the limits come from the API. */
export interface IncidentDraft {
  productId: string;
  productVersionId: string;
  severity: string;
  title: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  customerId: string;
  planKind: string;
}

export const EMPTY_DRAFT: IncidentDraft = {
  productId: "",
  productVersionId: "",
  severity: "C",
  title: "",
  description: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  customerId: "",
  planKind: "",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A string's length as the API counts it: in Unicode code points (an emoji is one, not two UTF-16 units). */
export function textLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const tooLong = (value: string, max: number | undefined) => max !== undefined && textLength(value) > max;
const atMost = (max: number) => `At most ${max.toLocaleString("en-US")} characters`;

/**
 * Keys are the server's field paths after "input" so both kinds of error land in the same place.
 * `limits` is `Query.inputLimits`; until it has loaded, lengths are left to the server.
 */
export function validateIncident(draft: IncidentDraft, limits: InputLimitsResult | null): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = draft.title.trim();
  const description = draft.description.trim();
  const contactName = draft.contactName.trim();
  const contactEmail = draft.contactEmail.trim();
  const contactPhone = draft.contactPhone.trim();
  if (!draft.productVersionId) errors.productVersionId = "Choose a product and a version";
  if (!title) errors.title = "Enter a title";
  else if (limits && tooLong(title, limits.incidentTitle)) errors.title = atMost(limits.incidentTitle);
  if (!description) errors.description = "Describe the problem";
  else if (limits && tooLong(description, limits.incidentDescription)) errors.description = atMost(limits.incidentDescription);
  if (!contactName) errors["contact.name"] = "Enter the contact's name";
  else if (limits && tooLong(contactName, limits.contactName)) errors["contact.name"] = atMost(limits.contactName);
  if (!contactEmail) errors["contact.email"] = "Enter the contact's e-mail";
  else if (!EMAIL.test(contactEmail) || (limits && tooLong(contactEmail, limits.contactEmail)))
    errors["contact.email"] = "Enter a valid e-mail address, like name@example.com";
  if (limits && tooLong(contactPhone, limits.contactPhone)) errors["contact.phone"] = atMost(limits.contactPhone);
  return errors;
}

export const INCIDENT_FIELDS = [
  "productVersionId",
  "title",
  "description",
  "severity",
  "contact.name",
  "contact.email",
  "contact.phone",
  "customerId",
  "planKind",
] as const;
