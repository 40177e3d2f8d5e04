import { type CspCustomer, pageLimit, type User } from "@support-hub/db";
import type { Role } from "@support-hub/domain";
import type { ResolveTree } from "graphql-parse-resolve-info";
import type { Expression } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { nameOrder } from "../common/name-order";
import { selectsOwn } from "../common/selection";
import type { GatewayContext } from "../context";
import { DEFAULT_PAGE_SIZE, decodeUuidCursor } from "../relay/connection";
import { type CursorPosition, pageSize } from "../relay/cursor";
import type { ChildPrefetch } from "./child-prefetch";
import { decodeJsonRows, TIMESTAMP_COLUMNS } from "./json-rows";

// Nested connections under an organization (`users(first, after)`, `customers(first, after)`):
// the page (`first + 1` rows, as `selectUserPages` / `selectCustomerPages` rank them), its
// `totalCount` when selected, and for users their roles when selected.

/** The page the resolver will ask its loader for (same validation, so the same loader key). */
function pageOf(ctx: GatewayContext, field: ResolveTree): { first: number; after: CursorPosition | null } {
  return {
    first: pageSize((field.args.first as number | undefined) ?? DEFAULT_PAGE_SIZE, ctx.limits.maxPageSize),
    after: decodeUuidCursor(field.args.after as string | null | undefined),
  };
}

/** Whether a field named `name` is selected anywhere under `tree`. */
function selects(tree: ResolveTree, name: string): boolean {
  return Object.values(tree.fieldsByTypeName).some((fields) =>
    Object.values(fields).some((field) => field.name === name || selects(field, name)),
  );
}

/** `Organization.users`: a page of live users by display name, then id; with roles and count when selected. */
const usersPage: ChildPrefetch = {
  byArguments: true,
  select: (ctx, parentId, field) => {
    const { first, after } = pageOf(ctx, field);
    const name = nameOrder("users.displayName");
    const withRoles = selects(field, "roles");
    const page = ctx.db
      .selectFrom("users")
      .selectAll("users")
      .$if(withRoles, (qb) =>
        qb.select((eb) =>
          eb
            .selectFrom("userRoles")
            .select((inner) => inner.fn.coalesce(inner.fn.jsonAgg("userRoles.role").orderBy("userRoles.role"), inner.val("[]")).as("roles"))
            .whereRef("userRoles.userId", "=", "users.id")
            .as("prefetchRoles"),
        ),
      )
      .where("users.organizationId", "=", parentId)
      .where("users.deletedAt", "is", null)
      .$if(after !== null, (qb) =>
        qb.where((eb) => {
          const { value, id } = after as CursorPosition;
          return eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb("users.id", ">", id)])]);
        }),
      )
      .orderBy(name)
      .orderBy("users.id")
      .limit(pageLimit(first));
    return jsonArrayFrom(page);
  },
  prime: (ctx, parentId, json, field) => {
    const { first, after } = pageOf(ctx, field);
    const rows = decodeJsonRows<User & { prefetchRoles?: Role[] }>(json, TIMESTAMP_COLUMNS.users);
    for (const row of rows) {
      if ("prefetchRoles" in row) {
        ctx.loaders.rolesOfUser.prime(row.id, [...(row.prefetchRoles ?? [])].sort());
        delete row.prefetchRoles;
      }
    }
    ctx.loaders.usersPageOfOrganization.prime({ parentId, first, after }, rows);
  },
};

/** `Organization.users { totalCount }`. */
const userCount: ChildPrefetch = {
  select: (ctx, parentId, field) =>
    selectsOwn(field, "totalCount")
      ? ctx.db
          .selectFrom("users")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("users.organizationId", "=", parentId)
          .where("users.deletedAt", "is", null)
      : null,
  prime: (ctx, parentId, json) => ctx.loaders.userCountOfOrganization.prime(parentId, Number(json)),
};

/** `Organization.customers`: a page of CSP customers by name, then id. */
const customersPage: ChildPrefetch = {
  byArguments: true,
  select: (ctx, parentId, field) => {
    const { first, after } = pageOf(ctx, field);
    const name = nameOrder("cspCustomers.name");
    return jsonArrayFrom(
      ctx.db
        .selectFrom("cspCustomers")
        .selectAll("cspCustomers")
        .where("cspCustomers.partnerOrganizationId", "=", parentId)
        .$if(after !== null, (qb) =>
          qb.where((eb) => {
            const { value, id } = after as CursorPosition;
            return eb.or([eb(name, ">", String(value)), eb.and([eb(name, "=", String(value)), eb("cspCustomers.id", ">", id)])]);
          }),
        )
        .orderBy(name)
        .orderBy("cspCustomers.id")
        .limit(pageLimit(first)),
    );
  },
  prime: (ctx, parentId, json, field) => {
    const { first, after } = pageOf(ctx, field);
    ctx.loaders.customersPageOfOrganization.prime(
      { parentId, first, after },
      decodeJsonRows<CspCustomer>(json, TIMESTAMP_COLUMNS.cspCustomers),
    );
  },
};

/** `Organization.customers { totalCount }`. */
const customerCount: ChildPrefetch = {
  select: (ctx, parentId: Expression<string>, field) =>
    selectsOwn(field, "totalCount")
      ? ctx.db
          .selectFrom("cspCustomers")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("cspCustomers.partnerOrganizationId", "=", parentId)
      : null,
  prime: (ctx, parentId, json) => ctx.loaders.customerCountOfOrganization.prime(parentId, Number(json)),
};

export const ORGANIZATION_CONNECTIONS: Record<string, readonly ChildPrefetch[]> = {
  users: [usersPage, userCount],
  customers: [customersPage, customerCount],
};
