import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../relay/page-info.type";
import { CspCustomer } from "./customer.type";

@ObjectType({ simpleResolvers: true, description: "A CSP customer in a page, with its cursor." })
export class CspCustomerEdge {
  @Field(() => String, { description: "Opaque cursor: pass it as `after` to read the customers after this one." })
  cursor!: string;

  @Field(() => CspCustomer, { description: "The customer." })
  node!: CspCustomer;
}

@ObjectType({ simpleResolvers: true, description: "A page of customers, by name (Relay connection)." })
export class CspCustomerConnection {
  /** Counts every customer over all pages; run only when `totalCount` is selected. */
  countTotal!: () => Promise<number>;

  @Field(() => [CspCustomerEdge], { description: "The customers of this page, with cursors." })
  edges!: CspCustomerEdge[];

  @Field(() => [CspCustomer], { description: "The customers of this page (same as `edges.node`)." })
  nodes!: CspCustomer[];

  @Field(() => PageInfo, { description: "Where this page sits." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many customers there are, over all pages." })
  totalCount!: number;
}
