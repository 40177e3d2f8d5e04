import type { SupportContract as ContractRow } from "@support-hub/db";
import { ContractState, contractState, type IsoDate } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { assertOrganizationAccess } from "../common/tenant";
import type { GatewayContext } from "../context";
import { canReadProgramData } from "../memberships/memberships.service";
import { Organization } from "../organizations/organization.type";
import { User } from "../users/user.type";
import { LinkSupportContractInput } from "./contracts.inputs";
import { toSupportContract } from "./contracts.mapper";
import { LinkSupportContractPayload, SupportContract } from "./contracts.type";
import { linkSupportContract } from "./link-support-contract.service";

@Resolver(() => Organization)
export class OrganizationContractsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => [SupportContract], {
    description:
      "The organization's support contracts (on-premises first). Program-associated members and the platform operator; CSP-only accounts get NOT_AUTHORIZED.",
  })
  async supportContracts(@Root() organization: Organization, @Ctx() ctx: GatewayContext): Promise<SupportContract[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const rows = await ctx.loaders.contractsOfOrganization.load(organization.localId);
    return rows.map(toSupportContract);
  }
}

@Resolver(() => SupportContract)
export class SupportContractResolver {
  @FieldResolver(() => ContractState, {
    description: "Where the contract stands on `asOf` (active, not started, expired or exhausted).",
  })
  state(
    @Root() contract: SupportContract,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The date to compute the state for; defaults to today (the UTC date).",
    })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): ContractState {
    return contractState(contract.stateInput, asOf ?? ctx.today);
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: "When YOUR account linked this contract; null when you have not linked it.",
  })
  async linkedAt(@Root() contract: SupportContract, @Ctx() ctx: GatewayContext): Promise<Date | null> {
    if (!ctx.viewer) return null;
    const links = await ctx.loaders.linksOfUser.load(ctx.viewer.id);
    return links.find((link) => link.supportContractId === contract.localId)?.linkedAt ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How many accounts linked this contract. Program-associated members of the organization and the operator; null for an outside account.",
  })
  async linkedAccountCount(@Root() contract: SupportContract, @Ctx() ctx: GatewayContext): Promise<number | null> {
    if (!canReadProgramData(ctx.viewer, contract.organizationLocalId)) return null;
    return ctx.loaders.linkCountOfContract.load(contract.localId);
  }
}

@Resolver(() => User)
export class UserContractsResolver {
  @FieldResolver(() => [SupportContract], {
    nullable: true,
    description:
      "The support contracts this account linked (any organization), oldest link first. Only on your own account (`viewer`); null for other users.",
  })
  async linkedContracts(@Root() user: User, @Ctx() ctx: GatewayContext): Promise<SupportContract[] | null> {
    if (!ctx.viewer || ctx.viewer.id !== user.localId) return null;
    const links = await ctx.loaders.linksOfUser.load(user.localId);
    const rows = await ctx.loaders.supportContract.loadMany(links.map((link) => link.supportContractId));
    return rows.filter((row): row is ContractRow => row !== undefined && !(row instanceof Error)).map(toSupportContract);
  }
}

@Resolver()
export class ContractLinkResolver {
  @Authorized()
  @Mutation(() => LinkSupportContractPayload, {
    description:
      "Links your account (AAD or MSA, even outside the organization) to the support contracts of an Access ID + Contract ID pair. " +
      "Needed once per account. Linking again is a success with a `diagnostic`. A wrong pair is INVALID_PAIR (never saying which half); " +
      "repeated wrong guesses are throttled (RATE_LIMITED with `retryAfterSeconds`). Any signed-in account.",
  })
  async linkSupportContract(
    @Arg("input", () => LinkSupportContractInput, { description: "The pair." }) input: LinkSupportContractInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<LinkSupportContractPayload> {
    return linkSupportContract(ctx, input);
  }
}
