import { AccountKind } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../relay/node.interface";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A user account: a work account (AAD) or a personal account (MSA)." })
export class User extends Node {
  localId!: string;
  organizationLocalId!: string | null;

  @Field(() => String, { description: "E-mail address (lowercase)." })
  email!: string;

  @Field(() => String, { description: "Display name." })
  displayName!: string;

  @Field(() => AccountKind, { description: "Work (AAD) or personal (MSA) account." })
  accountKind!: AccountKind;

  @Field(() => Boolean, { description: "Program-associated: may see and use the technical benefits." })
  isMpnAssociated!: boolean;

  @Field(() => Boolean, { description: "Associated with the Cloud Solution Provider program." })
  isCspAssociated!: boolean;
}
