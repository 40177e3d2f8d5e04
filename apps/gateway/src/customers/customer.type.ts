import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A customer tenant served by a Cloud Solution Provider partner organization. Visible to the partner's users and the platform operator.",
})
export class CspCustomer extends Node {
  localId!: string;
  partnerOrganizationLocalId!: string;

  @Field(() => String, { description: "Customer name." })
  name!: string;

  @Field(() => String, { description: "The customer tenant's domain (unique per partner)." })
  domain!: string;

  @Field(() => DateTimeScalar, { description: "When the customer was added." })
  createdAt!: Date;
}
