import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { assertOrganizationAccess, canReadOrganization } from "../common/tenant";
import type { GatewayContext } from "../context";
import { toOrganization } from "../organizations/organization.mapper";
import { Organization } from "../organizations/organization.type";
import { toCspCustomer } from "./customer.mapper";
import { CspCustomer } from "./customer.type";

@Resolver(() => CspCustomer)
export class CspCustomerResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The partner organization serving this customer (null when not yours to see).",
  })
  async partnerOrganization(@Root() customer: CspCustomer, @Ctx() ctx: GatewayContext) {
    if (!canReadOrganization(ctx.viewer, customer.partnerOrganizationLocalId)) return null;
    const row = await ctx.loaders.organization.load(customer.partnerOrganizationLocalId);
    return row ? toOrganization(row) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationCustomersResolver {
  @FieldResolver(() => [CspCustomer], {
    description:
      "The organization's Cloud Solution Provider customers, by name. Any member of the organization (or the platform operator).",
  })
  async customers(@Root() organization: Organization, @Ctx() ctx: GatewayContext) {
    assertOrganizationAccess(ctx, organization.localId);
    // Sorted here, not in SQL: the database collation differs between engines.
    const rows = (
      await ctx.db.selectFrom("cspCustomers").selectAll().where("partnerOrganizationId", "=", organization.localId).execute()
    ).sort((a, b) => a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
    for (const row of rows) ctx.loaders.cspCustomer.prime(row.id, row);
    return rows.map(toCspCustomer);
  }
}
