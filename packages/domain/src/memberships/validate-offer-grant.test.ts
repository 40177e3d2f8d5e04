import { describe, expect, it } from "vitest";
import { OfferLevel } from "../vocabulary";
import { MAX_COMPETENCY_LENGTH, validateOfferGrant } from "./validate-offer-grant";

const dates = { startsOn: "2026-01-01", endsOn: "2027-01-01" };

describe("validateOfferGrant", () => {
  it("an Action Pack has no competency; a blank one counts as none", () => {
    expect(validateOfferGrant({ level: OfferLevel.ACTION_PACK, competency: "  ", ...dates })).toEqual({
      ok: true,
      value: { competency: null },
    });
    expect(validateOfferGrant({ level: OfferLevel.ACTION_PACK, competency: "Data", ...dates })).toMatchObject({
      ok: false,
      errors: [{ field: "competency", code: "INVALID_INPUT" }],
    });
  });

  it("Silver and Gold need a competency; a cloud competency is stored in its canonical spelling", () => {
    expect(validateOfferGrant({ level: OfferLevel.GOLD, competency: null, ...dates })).toMatchObject({
      ok: false,
      errors: [{ field: "competency", code: "FIELD_REQUIRED" }],
    });
    expect(validateOfferGrant({ level: OfferLevel.SILVER, competency: " cloud platform ", ...dates })).toEqual({
      ok: true,
      value: { competency: "Cloud Platform" },
    });
  });

  it("counts the competency's length in code points", () => {
    expect(validateOfferGrant({ level: OfferLevel.GOLD, competency: "😀".repeat(MAX_COMPETENCY_LENGTH), ...dates }).ok).toBe(true);
    expect(validateOfferGrant({ level: OfferLevel.GOLD, competency: "😀".repeat(MAX_COMPETENCY_LENGTH + 1), ...dates })).toMatchObject({
      ok: false,
      errors: [{ code: "FIELD_TOO_LONG" }],
    });
  });

  it("the offer ends after it starts, and every error is reported at once", () => {
    expect(validateOfferGrant({ level: OfferLevel.GOLD, competency: null, startsOn: "2026-01-01", endsOn: "2026-01-01" })).toMatchObject({
      ok: false,
      errors: [{ field: "competency" }, { field: "endsOn", code: "INVALID_INPUT" }],
    });
  });
});
