import { describe, expect, it } from "vitest";
import { ProductFamily } from "../vocabulary";
import { productCoverage } from "./product-coverage";

// Real Windows Server lifecycle dates, listed out of order on purpose.
const windowsServer = {
  family: ProductFamily.ON_PREMISES,
  versions: [
    { id: "ws2019", name: "Windows Server 2019", releasedOn: "2018-11-13", mainstreamEndOn: "2024-01-09", extendedEndOn: "2029-01-09" },
    { id: "ws2016", name: "Windows Server 2016", releasedOn: "2016-10-15", mainstreamEndOn: "2022-01-11", extendedEndOn: "2027-01-12" },
    { id: "ws2022", name: "Windows Server 2022", releasedOn: "2021-08-18", mainstreamEndOn: "2026-10-13", extendedEndOn: "2031-10-14" },
  ],
};

describe("productCoverage (on-premises)", () => {
  it.each([
    ["N", "ws2022", "2024-06-01", true, "CURRENT_VERSION", 0],
    ["N past its own mainstream end is still N", "ws2022", "2026-11-25", true, "CURRENT_VERSION", 0],
    ["N-1 long before mainstream end", "ws2019", "2023-06-01", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    ["N-1 on the mainstream end day", "ws2019", "2024-01-09", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    ["N-1 the day after mainstream end", "ws2019", "2024-01-10", false, "PREVIOUS_VERSION_OUT_OF_MAINSTREAM", 1],
    ["N-2 (still in extended support)", "ws2016", "2023-06-01", false, "OLDER_VERSION", 2],
    ["N-2 inside its own mainstream is still N-2", "ws2016", "2021-09-01", false, "OLDER_VERSION", 2],
    ["before 2022's release 2019 is N", "ws2019", "2021-08-17", true, "CURRENT_VERSION", 0],
    ["on 2022's release day 2019 becomes N-1", "ws2019", "2021-08-18", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    ["before 2022's release 2016 is N-1, in mainstream", "ws2016", "2021-08-17", true, "PREVIOUS_VERSION_IN_MAINSTREAM", 1],
    ["not released yet (day before release)", "ws2022", "2021-08-17", false, "NOT_RELEASED", null],
    ["release day is covered", "ws2022", "2021-08-18", true, "CURRENT_VERSION", 0],
    ["unknown version", "ws2003", "2026-11-25", false, "UNKNOWN_VERSION", null],
    ["null version of an on-premises product", null, "2026-11-25", false, "UNKNOWN_VERSION", null],
  ] as const)("%s: %s on %s -> covered %s (%s, position %s)", (_label, versionId, asOf, covered, reason, position) => {
    const result = productCoverage(windowsServer, versionId, asOf);
    expect(result).toMatchObject({ covered, reason, position });
    expect(result.message.length).toBeGreaterThan(0);
  });

  it("a release on the same day as another breaks the tie by id, not input order", () => {
    const twins = (order: "ab" | "ba") => {
      const a = { id: "a", name: "A", releasedOn: "2020-01-01", mainstreamEndOn: "2030-01-01", extendedEndOn: "2035-01-01" };
      const b = { ...a, id: "b", name: "B" };
      return { family: ProductFamily.ON_PREMISES, versions: order === "ab" ? [a, b] : [b, a] };
    };
    expect(productCoverage(twins("ab"), "a", "2021-01-01").position).toBe(productCoverage(twins("ba"), "a", "2021-01-01").position);
  });

  it("the message names the mainstream end date", () => {
    expect(productCoverage(windowsServer, "ws2019", "2024-01-10").message).toContain("2024-01-09");
  });
});

describe("productCoverage (cloud)", () => {
  it.each([["azure"], [null], ["anything"]])("cloud product with version %j is covered", (versionId) => {
    expect(productCoverage({ family: ProductFamily.CLOUD, versions: [] }, versionId, "2026-11-25")).toMatchObject({
      covered: true,
      reason: "CLOUD_PRODUCT",
      position: null,
    });
  });
});
