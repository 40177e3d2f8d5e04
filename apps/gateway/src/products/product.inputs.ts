import { ProductFamily } from "@support-hub/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { UserError } from "../common/user-error.type";
import { Product, ProductVersion } from "./product.type";

@InputType({ description: "A product to create, or to replace when a product with this key exists." })
export class UpsertProductInput {
  @Field(() => String, {
    description: "Stable slug (lowercase letters, digits, single hyphens), e.g. `windows-server`. Identifies the product.",
  })
  key!: string;

  @Field(() => String, { description: "Display name." })
  name!: string;

  @Field(() => ProductFamily, { description: "On-premises or cloud. Cannot change once the product has versions." })
  family!: ProductFamily;

  @Field(() => Boolean, { defaultValue: false, description: "Microsoft 365 (cloud only): requests need no contract link." })
  isMicrosoft365!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Eligible for the Cloud Solution Provider plan (cloud only, e.g. Azure)." })
  isCspEligible!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Result of `upsertProduct`." })
export class UpsertProductPayload {
  @Field(() => Product, { nullable: true, description: "The product as saved; null when refused." })
  product!: Product | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the product was created, false when an existing one was replaced; null when refused.",
  })
  wasCreated!: boolean | null;

  @Field(() => [UserError], { description: "Why nothing was saved (empty on success)." })
  userErrors!: UserError[];
}

@InputType({ description: "A new version of a product, with its lifecycle dates." })
export class AddProductVersionInput {
  @Field(() => ID, { description: "The product (a Product ID)." })
  productId!: string;

  @Field(() => String, { description: "Version name, unique within the product, e.g. `2025`." })
  name!: string;

  @Field(() => DateScalar, { description: "Release date (the first day the version exists)." })
  releasedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of mainstream support (inclusive). Required for on-premises products; after the release date.",
  })
  mainstreamEndOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of extended support (inclusive). Required for on-premises products; on or after the mainstream end.",
  })
  extendedEndOn!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of `addProductVersion`." })
export class AddProductVersionPayload {
  @Field(() => ProductVersion, { nullable: true, description: "The new version; null when refused." })
  productVersion!: ProductVersion | null;

  @Field(() => [UserError], { description: "Why nothing was saved (empty on success)." })
  userErrors!: UserError[];
}
