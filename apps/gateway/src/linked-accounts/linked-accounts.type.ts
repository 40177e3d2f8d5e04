import { AccountKind } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { SupportContract } from "../contracts/contracts.type";
import { PageInfo } from "../relay/page-info.type";
import { User } from "../users/user.type";

@ObjectType({
  simpleResolvers: true,
  description: "An account linked to a support contract: who, which kind, inside or outside the organization, and since when.",
})
export class LinkedAccount {
  @Field(() => User, { nullable: true, description: "The account; null when it has been deleted." })
  user!: User | null;

  @Field(() => AccountKind, { description: "Work (AAD) or personal (MSA) account." })
  accountKind!: AccountKind;

  @Field(() => Boolean, {
    description: "True when the account is not a member of the organization that owns the contract (e.g. a personal MSA account).",
  })
  isOutsideOrganization!: boolean;

  @Field(() => DateTimeScalar, { description: "When the account linked the contract." })
  linkedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "A linked account in a page of linked accounts." })
export class LinkedAccountEdge {
  @Field(() => String, { description: "Pass it as `after` to continue after this account." })
  cursor!: string;

  @Field(() => LinkedAccount, { description: "The linked account." })
  node!: LinkedAccount;
}

@ObjectType({
  simpleResolvers: true,
  description: "The accounts linked to a support contract, oldest link first (Relay cursor connection).",
})
export class LinkedAccountConnection {
  @Field(() => [LinkedAccountEdge], { description: "The linked accounts of this page." })
  edges!: LinkedAccountEdge[];

  @Field(() => [LinkedAccount], { description: "The linked accounts of this page (the edges' nodes, without cursors)." })
  nodes!: LinkedAccount[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many accounts linked the contract, over all pages." })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "Result of unlinkSupportContractAccount." })
export class UnlinkSupportContractAccountPayload {
  @Field(() => SupportContract, { nullable: true, description: "The contract the account was unlinked from; null when refused." })
  supportContract!: SupportContract | null;

  @Field(() => [UserError], { description: "Why unlinking was refused (ACCOUNT_NOT_LINKED); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "Result of rotateAccessId." })
export class RotateAccessIdPayload {
  @Field(() => String, {
    nullable: true,
    description: "The new Access ID; the Contract ID is unchanged. Null when refused. Share it only with accounts that should link.",
  })
  accessId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Accounts still linked to the organization's contracts (rotation keeps them; unlink them one by one if needed).",
  })
  linkedAccountCount!: number | null;

  @Field(() => [UserError], { description: "Why rotation was refused (NOT_ACTIVATED); empty on success." })
  userErrors!: UserError[];
}
