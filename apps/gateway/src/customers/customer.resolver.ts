import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { assertOrganizationAccess, canReadOrganization } from "../common/tenant";
import type { GatewayContext } from "../context";
import { toOrganization } from "../organizations/organization.mapper";
import { Organization } from "../organizations/organization.type";
import { AFTER_ARGUMENT, DEFAULT_PAGE_SIZE, decodeUuidCursor, FIRST_ARGUMENT, toPage } from "../relay/connection";
import { pageSize } from "../relay/cursor";
import { CspCustomerConnection } from "./customer-connection.type";
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
  @FieldResolver(() => CspCustomerConnection, {
    description:
      "The organization's Cloud Solution Provider customers, by name. Any member of the organization (or the platform operator).",
  })
  async customers(
    @Root() organization: Organization,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: FIRST_ARGUMENT }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_ARGUMENT }) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<CspCustomerConnection> {
    assertOrganizationAccess(ctx, organization.localId);
    const size = pageSize(first, ctx.limits.maxPageSize);
    const position = decodeUuidCursor(after);
    const parentId = organization.localId;
    const rows = await ctx.loaders.customersPageOfOrganization.load({ parentId, first: size, after: position });
    for (const row of rows) ctx.loaders.cspCustomer.prime(row.id, row);
    return {
      ...toPage(rows, { first: size, after: position, cursorOf: (row) => ({ value: row.name, id: row.id }), toNode: toCspCustomer }),
      totalCount: 0,
      countTotal: () => ctx.loaders.customerCountOfOrganization.load(parentId),
    };
  }
}

@Resolver(() => CspCustomerConnection)
export class CspCustomerConnectionResolver {
  @FieldResolver(() => Int, { description: "How many customers there are, over all pages." })
  totalCount(@Root() connection: CspCustomerConnection) {
    return connection.countTotal();
  }
}
