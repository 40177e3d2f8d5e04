import { CoveredReason, NotCoveredReason, ProductFamily } from "@support-hub/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar } from "../common/scalars";
import { Node } from "../relay/node.interface";

/** Why a version is or is not covered: the domain's CoveredReason and NotCoveredReason as one enum. */
export const CoverageReason = { ...CoveredReason, ...NotCoveredReason } as const;
export type CoverageReason = (typeof CoverageReason)[keyof typeof CoverageReason];

registerDescribedEnum(
  CoverageReason,
  "CoverageReason",
  "Why a product version is covered by the technical support benefits on a date, or why not.",
  {
    CURRENT_VERSION: "Covered: the newest version released on or before the date (N).",
    PREVIOUS_VERSION_IN_MAINSTREAM: "Covered: the previous version (N-1), still inside mainstream support.",
    CLOUD_PRODUCT: "Covered: cloud products have no version rule.",
    NOT_RELEASED: "Not covered: released after the date.",
    PREVIOUS_VERSION_OUT_OF_MAINSTREAM: "Not covered: the previous version (N-1) after its mainstream support ended.",
    OLDER_VERSION: "Not covered: two or more versions behind the current one (N-2 and older).",
    UNKNOWN_VERSION: "Not covered: the version is not in the product's catalog.",
  },
);

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A product of the catalog (maintained by the platform operator). Readable by any signed-in user.",
})
export class Product extends Node {
  localId!: string;

  @Field(() => String, { description: "Stable slug, e.g. `windows-server`." })
  key!: string;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => ProductFamily, { description: "On-premises or cloud: decides which plan can pay for an incident." })
  family!: ProductFamily;

  @Field(() => Boolean, { description: "Microsoft 365: its cloud requests need no Access ID / Contract ID link." })
  isMicrosoft365!: boolean;

  @Field(() => Boolean, {
    description: "Eligible for the Cloud Solution Provider plan (Azure) for a DIRECT partner's customers.",
  })
  isCspEligible!: boolean;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A version of a product, with its fixed lifecycle dates." })
export class ProductVersion extends Node {
  localId!: string;
  productLocalId!: string;

  @Field(() => String, { description: "Version name, e.g. `2022` (cloud products: `Current`)." })
  name!: string;

  @Field(() => DateScalar, { description: "Release date (the first day the version exists)." })
  releasedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of mainstream support (inclusive); null for cloud products.",
  })
  mainstreamEndOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of extended support (inclusive; informative, coverage does not use it); null for cloud products.",
  })
  extendedEndOn!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Whether a version is covered on a date: N always, N-1 while inside mainstream support, N-2 and older never; cloud always.",
})
export class ProductCoverage {
  @Field(() => DateScalar, { description: "The date the coverage was computed for (the `asOf` argument; default today, the UTC date)." })
  asOf!: string;

  @Field(() => Boolean, { description: "Whether support incidents can be opened for this version on that date." })
  isCovered!: boolean;

  @Field(() => CoverageReason, { description: "Why it is covered or not." })
  reason!: CoverageReason;

  @Field(() => Int, {
    nullable: true,
    description: "0 = newest released version (N), 1 = N-1, 2 = N-2...; null for cloud products, unknown or unreleased versions.",
  })
  position!: number | null;

  @Field(() => String, { description: "Human-readable explanation." })
  message!: string;
}
