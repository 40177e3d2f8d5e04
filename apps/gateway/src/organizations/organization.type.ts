import { CspRelationship } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../relay/node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A partner organization (the tenant): its offers, benefits, contracts, users, customers and incidents. " +
    "Visible to its own users and to the platform operator.",
})
export class Organization extends Node {
  /** Database id, for resolvers; not exposed. */
  localId!: string;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => CspRelationship, { description: "Relationship to the Cloud Solution Provider program." })
  cspRelationship!: CspRelationship;
}
