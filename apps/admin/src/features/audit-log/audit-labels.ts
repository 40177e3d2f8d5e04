/** Readable names of the audited mutations (the `action` of an entry), in the order an admin meets them. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  activateTechnicalBenefits: "Activate technical benefits",
  linkSupportContract: "Link a support contract",
  unlinkSupportContractAccount: "Unlink an account",
  rotateAccessId: "Rotate the Access ID",
  createSupportIncident: "Open an incident",
  updateSupportIncident: "Update an incident",
  addSupportIncidentNote: "Add a note to an incident",
  withdrawSupportIncident: "Withdraw an incident",
  resolveSupportIncident: "Resolve an incident",
  startWorkOnSupportIncident: "Start work on an incident",
  requestTpdEngagement: "Request presales or deployment hours",
  assignUserRole: "Assign a role",
  removeUserRole: "Remove a role",
  grantMembershipOffer: "Grant a membership offer",
  revokeMembershipOffer: "Revoke a membership offer",
  upsertProduct: "Add or change a product",
  addProductVersion: "Add a product version",
};

/** `rotateAccessId` -> "Rotate the Access ID"; an action the console does not know yet: "Some new action". */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  SUCCEEDED: "Succeeded",
  REFUSED: "Refused",
  DENIED: "Denied",
  THROTTLED: "Throttled",
};

// The facts entries record today, in words; any other key is spelled out from its camelCase.
const KEY_LABELS: Readonly<Record<string, string>> = {
  codes: "Why",
  code: "Why",
  userId: "Account ID",
  email: "Account",
  isOutsideOrganization: "Outside the organization",
};

const keyLabel = (key: string) => {
  const known = KEY_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const valueText = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

/** An entry's facts as "Label: value" pairs (never secrets: the API keeps those out). */
export function detailLines(detail: Record<string, unknown>): string[] {
  return Object.entries(detail)
    .filter(([, value]) => value !== "" && value !== null && value !== undefined)
    .map(([key, value]) => `${keyLabel(key)}: ${valueText(value)}`);
}
