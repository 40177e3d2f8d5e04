import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../relay/page-info.type";
import { TpdEngagement } from "./tpd.type";

@ObjectType({ simpleResolvers: true, description: "A TPD engagement in a page, with its cursor." })
export class TpdEngagementEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the TPD engagements after this one." })
  cursor!: string;

  @Field(() => TpdEngagement, { description: "The engagement." })
  node!: TpdEngagement;
}

@ObjectType({ simpleResolvers: true, description: "A page of TPD engagements, newest first (Relay connection)." })
export class TpdEngagementConnection {
  /** Counts every engagement over all pages; run only when `totalCount` is selected. */
  countTotal!: () => Promise<number>;

  @Field(() => [TpdEngagementEdge], { description: "The TPD engagements of this page, with cursors." })
  edges!: TpdEngagementEdge[];

  @Field(() => [TpdEngagement], { description: "The TPD engagements of this page (same as `edges.node`)." })
  nodes!: TpdEngagement[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many TPD engagements there are, over all pages." })
  totalCount!: number;
}
