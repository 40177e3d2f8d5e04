import { canManageLinkedAccounts, Role } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import type { GatewayContext } from "../context";
import { SupportContract } from "../contracts/contracts.type";
import { pageSize } from "../relay/cursor";
import { RotateAccessIdInput, UnlinkSupportContractAccountInput } from "./linked-accounts.inputs";
import { loadLinkedAccountsPage } from "./linked-accounts.queries";
import { LinkedAccountConnection, RotateAccessIdPayload, UnlinkSupportContractAccountPayload } from "./linked-accounts.type";
import { rotateAccessId } from "./rotate-access-id.service";
import { unlinkSupportContractAccount } from "./unlink-support-contract-account.service";

const MANAGERS = [Requirement.PROGRAM_ASSOCIATED, Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN, Role.SUPPORT_OPERATOR];

@Resolver(() => SupportContract)
export class SupportContractLinkedAccountsResolver {
  @FieldResolver(() => LinkedAccountConnection, {
    nullable: true,
    description:
      "The accounts that linked this contract (who, which kind, inside or outside the organization, when), oldest first. " +
      "Program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN of the owning organization, and the operator; null for everyone else " +
      "(like `linkedAccountCount`).",
  })
  async linkedAccounts(
    @Root() contract: SupportContract,
    @Arg("first", () => Int, { nullable: true, description: "How many accounts; at most the maximum page size (100 by default)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Continue after this cursor (`pageInfo.endCursor`)." })
    after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<LinkedAccountConnection | null> {
    if (!ctx.viewer || !canManageLinkedAccounts(ctx.viewer, contract.organizationLocalId)) return null;
    return loadLinkedAccountsPage(ctx.db, contract, { first: pageSize(first, ctx.limits.maxPageSize), after });
  }
}

@Resolver()
export class LinkedAccountsMutationResolver {
  @Authorized(MANAGERS)
  @Mutation(() => UnlinkSupportContractAccountPayload, {
    description:
      "Removes one account's link to one of your organization's support contracts; it can link again only with the current " +
      "Access ID (rotate it to keep the account out). Not linked: ACCOUNT_NOT_LINKED. Program-associated GLOBAL_ADMIN or " +
      "MPN_PARTNER_ADMIN of the owning organization, or SUPPORT_OPERATOR; another organization's contract is NOT_FOUND. Audited.",
  })
  unlinkSupportContractAccount(
    @Arg("input", () => UnlinkSupportContractAccountInput, { description: "The contract and the account." })
    input: UnlinkSupportContractAccountInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UnlinkSupportContractAccountPayload> {
    return unlinkSupportContractAccount(ctx, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => RotateAccessIdPayload, {
    description:
      "Issues a new Access ID for the organization (the Contract ID stays). Accounts already linked keep working unless you " +
      "unlink them; the old Access ID links nobody new (it answers INVALID_PAIR, throttled, like any wrong pair). " +
      "Not activated: NOT_ACTIVATED. Program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN, or SUPPORT_OPERATOR naming the " +
      "organization. Audited (without the IDs).",
  })
  rotateAccessId(
    @Arg("input", () => RotateAccessIdInput, { nullable: true, description: "Whose Access ID; defaults to your organization." })
    input: RotateAccessIdInput | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<RotateAccessIdPayload> {
    return rotateAccessId(ctx, input);
  }
}
