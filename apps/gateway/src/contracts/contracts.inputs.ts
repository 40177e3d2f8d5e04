import { Field, InputType } from "type-graphql";

@InputType({ description: "The Access ID and Contract ID your organization's admin received at activation." })
export class LinkSupportContractInput {
  @Field(() => String, {
    description: "The Access ID shown to partners on the technical benefits page (case and surrounding spaces are ignored).",
  })
  accessId!: string;

  @Field(() => String, {
    description:
      "The Contract ID shown to partners on the technical benefits page, e.g. `CID-...` (case and surrounding spaces are ignored). Not a node ID.",
  })
  contractNumber!: string;
}
