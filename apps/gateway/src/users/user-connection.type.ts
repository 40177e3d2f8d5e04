import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../relay/page-info.type";
import { User } from "./user.type";

@ObjectType({ simpleResolvers: true, description: "A user in a page, with its cursor." })
export class UserEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the users after this one." })
  cursor!: string;

  @Field(() => User, { description: "The user." })
  node!: User;
}

@ObjectType({ simpleResolvers: true, description: "A page of users, by display name (Relay connection)." })
export class UserConnection {
  /** Counts every user over all pages; run only when `totalCount` is selected. */
  countTotal!: () => Promise<number>;

  @Field(() => [UserEdge], { description: "The users of this page, with cursors." })
  edges!: UserEdge[];

  @Field(() => [User], { description: "The users of this page (same as `edges.node`)." })
  nodes!: User[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many users there are, over all pages." })
  totalCount!: number;
}
