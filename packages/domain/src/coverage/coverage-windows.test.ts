import { describe, expect, it } from "vitest";
import { addDays } from "../dates/iso-date";
import { type CoverageProduct, type ProductVersion, productCoverage } from "./product-coverage";
import { CoverageStatus, CoverageWindowEnd, coveredUntil, coverageWindows } from "./coverage-windows";

// Real lifecycle dates (Microsoft's fixed lifecycle pages): release, mainstream end, extended end.
const ws = (name: string, releasedOn: string, mainstreamEndOn: string, extendedEndOn: string): ProductVersion => ({
  id: `ws-${name}`,
  name: `Windows Server ${name}`,
  releasedOn,
  mainstreamEndOn,
  extendedEndOn,
});
const WINDOWS_SERVER: CoverageProduct = {
  family: "ON_PREMISES",
  versions: [
    ws("2016", "2016-10-15", "2022-01-11", "2027-01-12"),
    ws("2019", "2018-11-13", "2024-01-09", "2029-01-09"),
    ws("2022", "2021-08-18", "2026-10-13", "2031-10-14"),
    ws("2025", "2024-11-01", "2029-10-09", "2034-10-10"),
  ],
};
const SQL_SERVER: CoverageProduct = {
  family: "ON_PREMISES",
  versions: [
    { id: "sql-2019", name: "SQL Server 2019", releasedOn: "2019-11-04", mainstreamEndOn: "2025-02-28", extendedEndOn: "2030-01-08" },
    { id: "sql-2022", name: "SQL Server 2022", releasedOn: "2022-11-16", mainstreamEndOn: "2028-01-11", extendedEndOn: "2033-01-11" },
  ],
};
const brief = (windows: ReturnType<typeof coverageWindows>) => windows.map((w) => [w.from, w.to, w.status, w.endsBecause]);

describe("coverageWindows", () => {
  it("Windows Server 2019: not released, N until 2022's release, N-1 until the day after its mainstream end, then never", () => {
    expect(brief(coverageWindows(WINDOWS_SERVER, "ws-2019", "2018-01-01", "2026-01-01"))).toEqual([
      ["2018-01-01", "2018-11-13", CoverageStatus.NOT_COVERED, CoverageWindowEnd.RELEASED],
      ["2018-11-13", "2021-08-18", CoverageStatus.COVERED_AS_N, CoverageWindowEnd.NEWER_RELEASE],
      ["2021-08-18", "2024-01-10", CoverageStatus.COVERED_AS_N_MINUS_1_MAINSTREAM, CoverageWindowEnd.MAINSTREAM_END],
      // The 2025 release (2024-11-01) changes nothing here: one NOT_COVERED window.
      ["2024-01-10", "2026-01-01", CoverageStatus.NOT_COVERED, CoverageWindowEnd.END_OF_RANGE],
    ]);
  });

  it("Windows Server 2016 drops from N-1 to N-2 at the 2022 release, before its mainstream end", () => {
    expect(brief(coverageWindows(WINDOWS_SERVER, "ws-2016", "2019-01-01", "2023-01-01"))).toEqual([
      ["2019-01-01", "2021-08-18", CoverageStatus.COVERED_AS_N_MINUS_1_MAINSTREAM, CoverageWindowEnd.NEWER_RELEASE],
      ["2021-08-18", "2023-01-01", CoverageStatus.NOT_COVERED, CoverageWindowEnd.END_OF_RANGE],
    ]);
  });

  it("agrees with productCoverage day by day at the boundaries (mainstream end day covered, day after not)", () => {
    const windows = coverageWindows(WINDOWS_SERVER, "ws-2022", "2026-10-12", "2026-10-16");
    expect(brief(windows)).toEqual([
      ["2026-10-12", "2026-10-14", CoverageStatus.COVERED_AS_N_MINUS_1_MAINSTREAM, CoverageWindowEnd.MAINSTREAM_END],
      ["2026-10-14", "2026-10-16", CoverageStatus.NOT_COVERED, CoverageWindowEnd.END_OF_RANGE],
    ]);
  });

  it("a cloud product is one covered window; an empty or reversed range gives none", () => {
    const azure: CoverageProduct = { family: "CLOUD", versions: [] };
    expect(brief(coverageWindows(azure, "any", "2026-01-01", "2027-01-01"))).toEqual([
      ["2026-01-01", "2027-01-01", CoverageStatus.COVERED_CLOUD_PRODUCT, CoverageWindowEnd.END_OF_RANGE],
    ]);
    expect(coverageWindows(WINDOWS_SERVER, "ws-2019", "2026-01-01", "2026-01-01")).toEqual([]);
  });
});

describe("coveredUntil", () => {
  it("N with no newer release known: null (unknown)", () => {
    expect(coveredUntil(WINDOWS_SERVER, "ws-2025", "2026-11-25")).toBeNull();
    expect(coveredUntil(SQL_SERVER, "sql-2022", "2026-11-25")).toBeNull();
  });
  it("N-1 in mainstream: the day after mainstream end", () => {
    expect(coveredUntil(WINDOWS_SERVER, "ws-2022", "2025-06-01")).toBe("2026-10-14");
  });
  it("N with a newer release known: through N-1 to the earlier of mainstream end and the next release", () => {
    expect(coveredUntil(WINDOWS_SERVER, "ws-2019", "2020-01-01")).toBe("2024-01-10");
    expect(coveredUntil(WINDOWS_SERVER, "ws-2016", "2017-01-01")).toBe("2021-08-18");
  });
  it("not covered on the date: null", () => {
    expect(coveredUntil(WINDOWS_SERVER, "ws-2022", "2026-11-25")).toBeNull();
    expect(coveredUntil(WINDOWS_SERVER, "ws-2019", "2026-11-25")).toBeNull();
    expect(coveredUntil(WINDOWS_SERVER, "ws-2025", "2024-01-01")).toBeNull();
  });
  it("cloud products: null", () => {
    expect(coveredUntil({ family: "CLOUD", versions: [] }, "x", "2026-11-25")).toBeNull();
  });
});

describe("windows never disagree with the coverage rule", () => {
  it("every day from 2016 to 2030, for every Windows Server version", () => {
    for (const version of WINDOWS_SERVER.versions) {
      const windows = coverageWindows(WINDOWS_SERVER, version.id, "2016-01-01", "2030-01-01");
      // Contiguous, ordered, and no two neighbours with the same status.
      for (const [index, window] of windows.entries()) {
        if (index > 0) {
          expect(window.from).toBe(windows[index - 1]?.to);
          expect(window.status).not.toBe(windows[index - 1]?.status);
        }
      }
      for (let day = "2016-01-01"; day < "2030-01-01"; day = addDays(day, 1)) {
        const window = windows.find((w) => w.from <= day && day < w.to);
        const coverage = productCoverage(WINDOWS_SERVER, version.id, day);
        expect(window?.status !== CoverageStatus.NOT_COVERED, `${version.name} on ${day}`).toBe(coverage.covered);
      }
    }
  });
});
