import type { NewProduct, NewProductVersion } from "../schema/product.table";
import { DEMO_IDS } from "./demo-ids";

const P = DEMO_IDS.products;
const V = DEMO_IDS.productVersions;

/** The demo product catalog. */
export const DEMO_PRODUCTS: readonly (NewProduct & { id: string })[] = [
  { id: P.windowsServer, key: "windows-server", name: "Windows Server", family: "ON_PREMISES" },
  { id: P.sqlServer, key: "sql-server", name: "SQL Server", family: "ON_PREMISES" },
  { id: P.exchangeServer, key: "exchange-server", name: "Exchange Server", family: "ON_PREMISES" },
  { id: P.sharePointServer, key: "sharepoint-server", name: "SharePoint Server", family: "ON_PREMISES" },
  { id: P.azure, key: "azure", name: "Azure", family: "CLOUD", cspPlanEligible: true },
  { id: P.dynamics365, key: "dynamics-365", name: "Dynamics 365", family: "CLOUD" },
  { id: P.microsoft365, key: "microsoft-365", name: "Microsoft 365", family: "CLOUD", isMicrosoft365: true },
];

/**
 * Versions with their real (fixed) lifecycle dates. Cloud products have one "Current" version
 * and no lifecycle; its release date is the service's launch.
 *
 * Kept current (DOMAIN.md "Demo data"): on 2026-11-30, N is Windows Server 2025 and SQL Server
 * 2025; Windows Server 2022 (N-1) left mainstream support on 2026-10-13, so it is not covered,
 * while SQL Server 2022 (N-1) is covered until 2028-01-11. Sources of the 2025 rows:
 * - Windows Server 2025: Microsoft lifecycle page learn.microsoft.com/lifecycle/products/windows-server-2025
 *   (start 2024-11-01, mainstream end 2029-11-13, extended end 2034-11-14; read through the
 *   altrhombus/DataForGeeks lifecycle-server.json mirror, which stores them one day later in UTC).
 * - SQL Server 2025: general availability 2025-11-18 (RTM 17.0.1000.7, "SQL Server 2025 release
 *   notes" / "SQL Server 2025 build versions" on learn.microsoft.com); mainstream end 2031-01-06
 *   and extended end 2036-01-06 as listed for learn.microsoft.com/lifecycle/products/sql-server-2025
 *   by api-evangelist/microsoft-sql-server lifecycle.yml. Not confirmed on Microsoft's page itself
 *   from here: check it before relying on the end dates (N and N-1 on 2026-11-30 do not depend on them).
 */
export const DEMO_PRODUCT_VERSIONS: readonly (NewProductVersion & { id: string })[] = [
  version(V.windowsServer2016, P.windowsServer, "2016", "2016-10-15", "2022-01-11", "2027-01-12"),
  version(V.windowsServer2019, P.windowsServer, "2019", "2018-11-13", "2024-01-09", "2029-01-09"),
  version(V.windowsServer2022, P.windowsServer, "2022", "2021-08-18", "2026-10-13", "2031-10-14"),
  version(V.windowsServer2025, P.windowsServer, "2025", "2024-11-01", "2029-11-13", "2034-11-14"),
  version(V.sqlServer2017, P.sqlServer, "2017", "2017-09-29", "2022-10-11", "2027-10-12"),
  version(V.sqlServer2019, P.sqlServer, "2019", "2019-11-04", "2025-02-28", "2030-01-08"),
  version(V.sqlServer2022, P.sqlServer, "2022", "2022-11-16", "2028-01-11", "2033-01-11"),
  version(V.sqlServer2025, P.sqlServer, "2025", "2025-11-18", "2031-01-06", "2036-01-06"),
  version(V.exchangeServer2016, P.exchangeServer, "2016", "2015-10-01", "2020-10-13", "2025-10-14"),
  version(V.exchangeServer2019, P.exchangeServer, "2019", "2018-10-22", "2024-01-09", "2025-10-14"),
  version(V.sharePointServer2016, P.sharePointServer, "2016", "2016-05-01", "2021-07-13", "2026-07-14"),
  version(V.sharePointServer2019, P.sharePointServer, "2019", "2018-10-22", "2024-01-09", "2026-07-14"),
  version(V.azureCurrent, P.azure, "Current", "2010-02-01", null, null),
  version(V.dynamics365Current, P.dynamics365, "Current", "2016-11-01", null, null),
  version(V.microsoft365Current, P.microsoft365, "Current", "2017-07-10", null, null),
];

function version(
  id: string,
  productId: string,
  name: string,
  releasedOn: string,
  mainstreamEndOn: string | null,
  extendedEndOn: string | null,
): NewProductVersion & { id: string } {
  return { id, productId, name, releasedOn, mainstreamEndOn, extendedEndOn };
}
