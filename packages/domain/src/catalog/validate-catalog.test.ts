import { describe, expect, it } from "vitest";
import { validateProductDraft, validateProductVersionDraft } from "./validate-catalog";

const product = { key: "sql-server", name: "SQL Server", family: "ON_PREMISES", isMicrosoft365: false, cspEligible: false } as const;
const onPremises = { family: "ON_PREMISES", versionNames: ["2019", "2022"] } as const;
const cloud = { family: "CLOUD", versionNames: ["Current"] } as const;
const version = { name: "2025", releasedOn: "2025-11-01", mainstreamEndOn: "2030-11-01", extendedEndOn: "2035-11-01" };

const codes = (result: ReturnType<typeof validateProductDraft> | ReturnType<typeof validateProductVersionDraft>) =>
  result.ok ? [] : result.errors.map((e) => [e.field, e.code]);

describe("validateProductDraft", () => {
  it("trims key and name", () => {
    expect(validateProductDraft({ ...product, key: " sql-server ", name: " SQL Server " })).toEqual({ ok: true, value: product });
  });

  it.each([
    ["blank name", { ...product, name: "  " }, null, [["name", "FIELD_REQUIRED"]]],
    ["upper-case key", { ...product, key: "SQL" }, null, [["key", "INVALID_INPUT"]]],
    ["double hyphen", { ...product, key: "sql--server" }, null, [["key", "INVALID_INPUT"]]],
    ["key too long", { ...product, key: "a".repeat(65) }, null, [["key", "FIELD_TOO_LONG"]]],
    ["M365 on-premises", { ...product, isMicrosoft365: true }, null, [["isMicrosoft365", "INVALID_INPUT"]]],
    ["CSP on-premises", { ...product, cspEligible: true }, null, [["cspEligible", "INVALID_INPUT"]]],
    [
      "family change with versions",
      { ...product, family: "CLOUD" },
      { family: "ON_PREMISES", versionCount: 2 },
      [["family", "INVALID_INPUT"]],
    ],
    ["family change without versions", { ...product, family: "CLOUD" }, { family: "ON_PREMISES", versionCount: 0 }, []],
    ["cloud flags on cloud", { ...product, family: "CLOUD", isMicrosoft365: true, cspEligible: true }, null, []],
  ] as const)("%s", (_label, draft, existing, expected) => {
    expect(codes(validateProductDraft(draft, existing))).toEqual(expected);
  });
});

describe("validateProductVersionDraft", () => {
  it.each([
    ["valid", version, onPremises, []],
    ["duplicate name, any case and spaces", { ...version, name: " 2022 " }, onPremises, [["name", "DUPLICATE_VERSION_NAME"]]],
    ["duplicate, case-insensitive", { ...version, name: "current" }, cloud, [["name", "DUPLICATE_VERSION_NAME"]]],
    ["blank name", { ...version, name: "" }, onPremises, [["name", "FIELD_REQUIRED"]]],
    [
      "mainstream end on release day",
      { ...version, mainstreamEndOn: version.releasedOn },
      onPremises,
      [["mainstreamEndOn", "INVALID_INPUT"]],
    ],
    [
      "mainstream end before release",
      { ...version, mainstreamEndOn: "2020-01-01", extendedEndOn: "2036-01-01" },
      onPremises,
      [["mainstreamEndOn", "INVALID_INPUT"]],
    ],
    ["extended before mainstream", { ...version, extendedEndOn: "2030-10-31" }, onPremises, [["extendedEndOn", "INVALID_INPUT"]]],
    ["extended = mainstream", { ...version, extendedEndOn: version.mainstreamEndOn }, onPremises, []],
    [
      "on-premises without lifecycle",
      { ...version, mainstreamEndOn: null, extendedEndOn: null },
      onPremises,
      [
        ["mainstreamEndOn", "FIELD_REQUIRED"],
        ["extendedEndOn", "FIELD_REQUIRED"],
      ],
    ],
    ["cloud without lifecycle", { name: "Next", releasedOn: "2026-01-01", mainstreamEndOn: null, extendedEndOn: null }, cloud, []],
    [
      "cloud extended before release",
      { name: "Next", releasedOn: "2026-01-01", mainstreamEndOn: null, extendedEndOn: "2025-01-01" },
      cloud,
      [["extendedEndOn", "INVALID_INPUT"]],
    ],
  ] as const)("%s", (_label, draft, target, expected) => {
    expect(codes(validateProductVersionDraft(draft, target))).toEqual(expected);
  });
});
