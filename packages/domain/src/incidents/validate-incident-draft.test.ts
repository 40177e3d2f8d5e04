import { describe, expect, it } from "vitest";
import { INCIDENT_FIELD_LIMITS, type IncidentDraft, validateIncidentDraft } from "./validate-incident-draft";

const valid: IncidentDraft = {
  title: "  SQL Server 2022 failover fails  ",
  description: "The availability group does not fail over.",
  severity: "B",
  contact: { name: "Ann", email: "ann@contoso.com", phone: "" },
};
const draft = (overrides: Partial<IncidentDraft>, contact: Partial<IncidentDraft["contact"]> = {}): IncidentDraft => ({
  ...valid,
  ...overrides,
  contact: { ...valid.contact, ...contact },
});

describe("validateIncidentDraft", () => {
  it("trims text, types severity, empties phone to null", () => {
    expect(validateIncidentDraft(valid)).toEqual({
      ok: true,
      value: {
        title: "SQL Server 2022 failover fails",
        description: "The availability group does not fail over.",
        severity: "B",
        contact: { name: "Ann", email: "ann@contoso.com", phone: null },
      },
    });
  });

  it.each([
    ["title at the limit", draft({ title: "t".repeat(INCIDENT_FIELD_LIMITS.title) }), []],
    ["title one over", draft({ title: "t".repeat(INCIDENT_FIELD_LIMITS.title + 1) }), [["title", "FIELD_TOO_LONG"]]],
    ["emoji count as one character", draft({ title: "😀".repeat(INCIDENT_FIELD_LIMITS.title) }), []],
    ["blank title", draft({ title: "   " }), [["title", "FIELD_REQUIRED"]]],
    ["description at the limit", draft({ description: "d".repeat(INCIDENT_FIELD_LIMITS.description) }), []],
    [
      "description one over",
      draft({ description: "d".repeat(INCIDENT_FIELD_LIMITS.description + 1) }),
      [["description", "FIELD_TOO_LONG"]],
    ],
    ["empty description", draft({ description: "" }), [["description", "FIELD_REQUIRED"]]],
    ["contact name one over", draft({}, { name: "n".repeat(INCIDENT_FIELD_LIMITS.contactName + 1) }), [["contact.name", "FIELD_TOO_LONG"]]],
    ["missing e-mail", draft({}, { email: " " }), [["contact.email", "FIELD_REQUIRED"]]],
    ["malformed e-mail", draft({}, { email: "ann@contoso" }), [["contact.email", "INVALID_EMAIL"]]],
    ["e-mail too long", draft({}, { email: `${"a".repeat(250)}@x.com` }), [["contact.email", "FIELD_TOO_LONG"]]],
    ["phone at the limit", draft({}, { phone: "1".repeat(INCIDENT_FIELD_LIMITS.contactPhone) }), []],
    ["phone one over", draft({}, { phone: "1".repeat(INCIDENT_FIELD_LIMITS.contactPhone + 1) }), [["contact.phone", "FIELD_TOO_LONG"]]],
    ["severity D", draft({ severity: "D" }), [["severity", "INVALID_INPUT"]]],
    ["severity lower case", draft({ severity: "a" }), [["severity", "INVALID_INPUT"]]],
    [
      "everything wrong at once",
      draft({ title: "", severity: "" }, { email: "x" }),
      [
        ["title", "FIELD_REQUIRED"],
        ["contact.email", "INVALID_EMAIL"],
        ["severity", "INVALID_INPUT"],
      ],
    ],
  ] as const)("%s", (_label, input, errors) => {
    const result = validateIncidentDraft(input);
    if (errors.length === 0) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual(errors);
  });
});
