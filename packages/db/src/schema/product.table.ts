import type { ProductFamily } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, DateColumn, NullableDateColumn, UuidPk } from "./column-types";

/** `products`: the catalog, maintained by the platform operator. */
export interface ProductTable {
  id: UuidPk;
  /** Stable slug, e.g. `windows-server`; unique. */
  key: string;
  name: string;
  family: ProductFamily;
  /** Microsoft 365: cloud requests need no contract link (CHECK: only for CLOUD). */
  isMicrosoft365: ColumnType<boolean, boolean | undefined, boolean>;
  /** Eligible for the "Cloud Solution Provider" plan (Azure; CHECK: only for CLOUD). */
  cspPlanEligible: ColumnType<boolean, boolean | undefined, boolean>;
  createdAt: CreatedAt;
}
export type Product = Selectable<ProductTable>;
export type NewProduct = Insertable<ProductTable>;
export type ProductUpdate = Updateable<ProductTable>;

/** `product_versions`: a version with its fixed lifecycle (unique per product by name). */
export interface ProductVersionTable {
  id: UuidPk;
  productId: string;
  name: string;
  releasedOn: DateColumn;
  /** Null for cloud products (no lifecycle). */
  mainstreamEndOn: NullableDateColumn;
  /** Null for cloud products (no lifecycle). */
  extendedEndOn: NullableDateColumn;
  createdAt: CreatedAt;
}
export type ProductVersion = Selectable<ProductVersionTable>;
export type NewProductVersion = Insertable<ProductVersionTable>;
export type ProductVersionUpdate = Updateable<ProductVersionTable>;
