import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a page sits in a connection (Relay cursor pagination)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether a page precedes this one." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}
