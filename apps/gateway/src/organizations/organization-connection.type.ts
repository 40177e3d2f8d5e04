import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../relay/page-info.type";
import { Organization } from "./organization.type";

@ObjectType({ simpleResolvers: true, description: "An organization in a page, with its cursor." })
export class OrganizationEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the organizations after this one." })
  cursor!: string;

  @Field(() => Organization, { description: "The organization." })
  node!: Organization;
}

@ObjectType({ simpleResolvers: true, description: "A page of organizations, by name (Relay connection)." })
export class OrganizationConnection {
  /** Counts every organization over all pages; run only when `totalCount` is selected. */
  countTotal!: () => Promise<number>;

  @Field(() => [OrganizationEdge], { description: "The organizations of this page, with cursors." })
  edges!: OrganizationEdge[];

  @Field(() => [Organization], { description: "The organizations of this page (same as `edges.node`)." })
  nodes!: Organization[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many organizations there are, over all pages." })
  totalCount!: number;
}
