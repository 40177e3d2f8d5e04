import { Field, InputType } from "type-graphql";

@InputType({ description: "The Access ID and Contract ID your organization's admin received at activation." })
export class LinkSupportContractInput {
  @Field(() => String, { description: "Access ID (case and surrounding spaces are ignored)." })
  accessId!: string;

  @Field(() => String, { description: "Contract ID (case and surrounding spaces are ignored)." })
  contractId!: string;
}
