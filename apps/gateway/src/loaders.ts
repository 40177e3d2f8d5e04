import DataLoader from "dataloader";
import type { Organization, Product, ProductVersion, User } from "@support-hub/db";
import type { Role } from "@support-hub/domain";
import type { Db } from "./database";

/** Builds a DataLoader that fetches rows by id in one query and returns them in key order. */
function byId<Row extends { id: string }>(fetch: (ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | undefined>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Groups rows by a key column for one-to-many loaders. */
function groupBy<Row, Key extends keyof Row>(keys: readonly string[], rows: Row[], key: Key): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(row[key]))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Per-request batch loaders: one query per kind of object per request, whatever the page size. */
export function createLoaders(db: Db) {
  return {
    user: byId<User>((ids) => db.selectFrom("users").selectAll().where("id", "in", ids).execute()),
    organization: byId<Organization>((ids) =>
      db.selectFrom("organizations").selectAll().where("id", "in", ids).execute(),
    ),
    product: byId<Product>((ids) => db.selectFrom("products").selectAll().where("id", "in", ids).execute()),
    productVersion: byId<ProductVersion>((ids) =>
      db.selectFrom("productVersions").selectAll().where("id", "in", ids).execute(),
    ),
    rolesOfUser: new DataLoader<string, Role[]>(async (userIds) => {
      const rows = await db.selectFrom("userRoles").select(["userId", "role"]).where("userId", "in", userIds).execute();
      return groupBy(userIds, rows, "userId").map((group) => group.map((row) => row.role as Role).sort());
    }),
    versionsOfProduct: new DataLoader<string, ProductVersion[]>(async (productIds) => {
      const rows = await db
        .selectFrom("productVersions")
        .selectAll()
        .where("productId", "in", productIds)
        .orderBy("releasedOn", "desc")
        .execute();
      return groupBy(productIds, rows, "productId");
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
