/** Client-side checks mirroring the gateway's, so most mistakes are caught before a round trip. */
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

/** Keys are the server's field paths after "input" so both kinds of error land in the same place. */
export function validateIncident(draft: IncidentDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.productVersionId) errors.productVersionId = "Choose a product and a version";
  if (!draft.title.trim()) errors.title = "Enter a title";
  else if (draft.title.length > 200) errors.title = "At most 200 characters";
  if (!draft.description.trim()) errors.description = "Describe the problem";
  else if (draft.description.length > 10_000) errors.description = "At most 10 000 characters";
  if (!draft.contactName.trim()) errors["contact.name"] = "Enter the contact's name";
  if (!draft.contactEmail.trim()) errors["contact.email"] = "Enter the contact's e-mail";
  else if (!EMAIL.test(draft.contactEmail.trim()) || draft.contactEmail.length > 254) errors["contact.email"] = "Enter a valid e-mail address, like name@example.com";
  return errors;
}

export const INCIDENT_FIELDS = ["productVersionId", "title", "description", "severity", "contact.name", "contact.email", "contact.phone", "customerId", "planKind"] as const;
