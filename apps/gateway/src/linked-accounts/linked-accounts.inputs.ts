import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Which account to unlink from which support contract." })
export class UnlinkSupportContractAccountInput {
  @Field(() => ID, { description: "The support contract (global ID) of your organization." })
  supportContractId!: string;

  @Field(() => ID, { description: "The linked account (global ID of the User)." })
  userId!: string;
}

@InputType({ description: "Whose Access ID to rotate." })
export class RotateAccessIdInput {
  @Field(() => ID, {
    nullable: true,
    description: "The organization (global ID); defaults to your own. The platform operator must name one.",
  })
  organizationId?: string | null;
}
