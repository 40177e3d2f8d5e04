import DataLoader from "dataloader";
import type { Organization, Product, ProductVersion, User } from "@support-hub/db";
import type { CspCustomer } from "@support-hub/db";
import type { BenefitActivation, ContractLink, MembershipOffer, SupportContract, TpdBalance, TpdEngagement } from "@support-hub/db";
import type { AuditLogEntry } from "@support-hub/db";
import type { Role } from "@support-hub/domain";
import type { Db } from "./database";
import { notFound } from "./errors";
import { selectContractsOfOrganizations } from "./contracts/contracts.queries";
import { selectCustomerPages, selectTpdEngagementPages, selectUserPages } from "./organizations/organization-pages.queries";
import { pagedChildrenLoader } from "./relay/paged-children-loader";
import { createTimelineLoader } from "./incidents/incident-timeline.queries";

/** Builds a DataLoader that fetches rows by id in one query and returns them in key order. */
/** Loads one row through a DataLoader; a missing row (deleted, or an unknown id) is NOT_FOUND for `what`. */
export async function loadOrNotFound<Row>(loader: DataLoader<string, Row | undefined>, id: string, what: string): Promise<Row> {
  const row = await loader.load(id);
  if (!row) throw notFound(what);
  return row;
}

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

/** Counts rows per parent in one grouped statement (zero for a parent without rows). */
function countLoader(count: (parentIds: readonly string[]) => Promise<{ parentId: string; count: number | string | bigint }[]>) {
  return new DataLoader<string, number>(async (parentIds) => {
    const counts = new Map((await count(parentIds)).map((row) => [row.parentId, Number(row.count)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * How each per-request batch loader is made: one query per kind of object per request, whatever
 * the page size. A request builds only the loaders its resolvers touch (see {@link createLoaders}).
 */
const LOADERS = {
  /** Pages of connections fetched ahead with their parent (`prefetch/`), by the key their resolver computes. */
  prefetchedPages: () => new Map<string, readonly unknown[]>(),
  /** Pages of incident timelines (`SupportIncident.timeline`). */
  timeline: (db: Db) => createTimelineLoader(db),
  // audit
  /** Audit entries by their numeric id (as a string: the local part of the global ID). */
  auditEntry: (db: Db) =>
    new DataLoader<string, AuditLogEntry | undefined>(async (ids) => {
      const numeric = ids.map(Number).filter(Number.isSafeInteger);
      const rows = numeric.length ? await db.selectFrom("auditLog").selectAll().where("id", "in", numeric).execute() : [];
      const map = new Map(rows.map((row) => [String(row.id), row]));
      return ids.map((id) => map.get(id));
    }),
  user: (db: Db) => byId<User>((ids) => db.selectFrom("users").selectAll().where("id", "in", ids).execute()),
  organization: (db: Db) => byId<Organization>((ids) => db.selectFrom("organizations").selectAll().where("id", "in", ids).execute()),
  product: (db: Db) => byId<Product>((ids) => db.selectFrom("products").selectAll().where("id", "in", ids).execute()),
  productVersion: (db: Db) => byId<ProductVersion>((ids) => db.selectFrom("productVersions").selectAll().where("id", "in", ids).execute()),
  rolesOfUser: (db: Db) =>
    new DataLoader<string, Role[]>(async (userIds) => {
      const rows = await db.selectFrom("userRoles").select(["userId", "role"]).where("userId", "in", userIds).execute();
      return groupBy(userIds, rows, "userId").map((group) => group.map((row) => row.role as Role).sort());
    }),
  versionsOfProduct: (db: Db) =>
    new DataLoader<string, ProductVersion[]>(async (productIds) => {
      const rows = await db
        .selectFrom("productVersions")
        .selectAll()
        .where("productId", "in", productIds)
        .orderBy("releasedOn", "desc")
        .execute();
      return groupBy(productIds, rows, "productId");
    }),
  // products, plans, incidents, customers
  cspCustomer: (db: Db) => byId<CspCustomer>((ids) => db.selectFrom("cspCustomers").selectAll().where("id", "in", ids).execute()),
  // memberships, benefits, contracts, tpd
  membershipOffer: (db: Db) =>
    byId<MembershipOffer>((ids) => db.selectFrom("membershipOffers").selectAll().where("id", "in", ids).execute()),
  /** Every offer of an organization, revoked ones included (callers filter), oldest first. */
  offersOfOrganization: (db: Db) =>
    new DataLoader<string, MembershipOffer[]>(async (orgIds) => {
      const rows = await db
        .selectFrom("membershipOffers")
        .selectAll()
        .where("organizationId", "in", orgIds)
        .orderBy("startsOn")
        .orderBy("id")
        .execute();
      return groupBy(orgIds, rows, "organizationId");
    }),
  activationOfOrganization: (db: Db) =>
    new DataLoader<string, BenefitActivation | undefined>(async (orgIds) => {
      const rows = await db.selectFrom("benefitActivations").selectAll().where("organizationId", "in", orgIds).execute();
      return groupBy(orgIds, rows, "organizationId").map((group) => group[0]);
    }),
  supportContract: (db: Db) =>
    byId<SupportContract>((ids) => db.selectFrom("supportContracts").selectAll().where("id", "in", ids).execute()),
  contractsOfOrganization: (db: Db) =>
    new DataLoader<string, SupportContract[]>(async (orgIds) => {
      const rows = await selectContractsOfOrganizations(db, orgIds);
      return groupBy(orgIds, rows, "organizationId");
    }),
  /** The contract links of an account, oldest first. */
  linksOfUser: (db: Db) =>
    new DataLoader<string, ContractLink[]>(async (userIds) => {
      const rows = await db
        .selectFrom("contractLinks")
        .selectAll()
        .where("userId", "in", userIds)
        .orderBy("linkedAt")
        .orderBy("supportContractId")
        .execute();
      return groupBy(userIds, rows, "userId");
    }),
  linkCountOfContract: (db: Db) =>
    new DataLoader<string, number>(async (contractIds) => {
      const rows = await db
        .selectFrom("contractLinks")
        .select((eb) => ["supportContractId", eb.fn.countAll<number>().as("count")])
        .where("supportContractId", "in", contractIds)
        .groupBy("supportContractId")
        .execute();
      const counts = new Map(rows.map((row) => [row.supportContractId, Number(row.count)]));
      return contractIds.map((id) => counts.get(id) ?? 0);
    }),
  /** Live (not deleted) users of an organization, by display name. */
  usersOfOrganization: (db: Db) =>
    new DataLoader<string, User[]>(async (orgIds) => {
      const rows = await db
        .selectFrom("users")
        .selectAll()
        .where("organizationId", "in", orgIds)
        .where("deletedAt", "is", null)
        .orderBy("displayName")
        .orderBy("id")
        .execute();
      return groupBy(orgIds, rows, "organizationId");
    }),
  /** Pages of `Organization.users`: live users by display name, then id. */
  usersPageOfOrganization: (db: Db) =>
    pagedChildrenLoader<User>(
      (row) => row.organizationId ?? "",
      (orgIds, first, after) => selectUserPages(db, orgIds, first, after),
    ),
  userCountOfOrganization: (db: Db) =>
    countLoader((orgIds) =>
      db
        .selectFrom("users")
        .select((eb) => [eb.ref("organizationId").$notNull().as("parentId"), eb.fn.countAll<number>().as("count")])
        .where("organizationId", "in", orgIds)
        .where("deletedAt", "is", null)
        .groupBy("organizationId")
        .execute(),
    ),
  /** Pages of `Organization.customers`: by name, then id. */
  customersPageOfOrganization: (db: Db) =>
    pagedChildrenLoader<CspCustomer>(
      (row) => row.partnerOrganizationId,
      (orgIds, first, after) => selectCustomerPages(db, orgIds, first, after),
    ),
  customerCountOfOrganization: (db: Db) =>
    countLoader((orgIds) =>
      db
        .selectFrom("cspCustomers")
        .select((eb) => [eb.ref("partnerOrganizationId").as("parentId"), eb.fn.countAll<number>().as("count")])
        .where("partnerOrganizationId", "in", orgIds)
        .groupBy("partnerOrganizationId")
        .execute(),
    ),
  /** Pages of `Organization.tpdEngagements`: newest first, then id. */
  tpdEngagementsPageOfOrganization: (db: Db) =>
    pagedChildrenLoader<TpdEngagement>(
      (row) => row.organizationId,
      (orgIds, first, after) => selectTpdEngagementPages(db, orgIds, first, after),
    ),
  tpdEngagementCountOfOrganization: (db: Db) =>
    countLoader((orgIds) =>
      db
        .selectFrom("tpdEngagements")
        .select((eb) => [eb.ref("organizationId").as("parentId"), eb.fn.countAll<number>().as("count")])
        .where("organizationId", "in", orgIds)
        .groupBy("organizationId")
        .execute(),
    ),
  tpdEngagement: (db: Db) => byId<TpdEngagement>((ids) => db.selectFrom("tpdEngagements").selectAll().where("id", "in", ids).execute()),
  tpdBalancesOfOrganization: (db: Db) =>
    new DataLoader<string, TpdBalance[]>(async (orgIds) => {
      const rows = await db.selectFrom("tpdBalances").selectAll().where("organizationId", "in", orgIds).execute();
      return groupBy(orgIds, rows, "organizationId");
    }),
  /** TPD engagements of an organization, newest first. */
  tpdEngagementsOfOrganization: (db: Db) =>
    new DataLoader<string, TpdEngagement[]>(async (orgIds) => {
      const rows = await db
        .selectFrom("tpdEngagements")
        .selectAll()
        .where("organizationId", "in", orgIds)
        .orderBy("createdAt", "desc")
        .orderBy("id")
        .execute();
      return groupBy(orgIds, rows, "organizationId");
    }),
};

/** A request's loaders, each made on first use. */
export type Loaders = { readonly [Name in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[Name]> };

/**
 * Loaders on a prototype of getters, made once: the first read of a loader in a request builds it
 * and keeps it on that request's object. Building all 30-odd for every request (DataLoaders,
 * their caches and closures) was a visible part of a small query's cost, and most are never used.
 */
class RequestLoaders {
  constructor(readonly db: Db) {}
}
for (const name of Object.keys(LOADERS) as (keyof typeof LOADERS)[]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      const loader = LOADERS[name](this.db);
      Object.defineProperty(this, name, { value: loader, enumerable: true });
      return loader;
    },
  });
}

/** The loaders of one request. */
export function createLoaders(db: Db): Loaders {
  return new RequestLoaders(db) as unknown as Loaders;
}
