import { CoverageStatus, CoverageWindowEnd } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "../common/register-enum";
import { DateScalar } from "../common/scalars";

registerDescribedEnum(CoverageStatus, "CoverageStatus", "How a version stands during a coverage window.", {
  COVERED_AS_N: "The newest released version (N): covered.",
  COVERED_AS_N_MINUS_1_MAINSTREAM: "The version before N, inside its mainstream support: covered.",
  COVERED_CLOUD_PRODUCT: "A cloud product: covered without a version rule.",
  NOT_COVERED: "Not covered: not released yet, N-1 after its mainstream end, or N-2 and older.",
});

registerDescribedEnum(CoverageWindowEnd, "CoverageWindowEnd", "Why a coverage window ends on its `to` date.", {
  NEWER_RELEASE: "A newer version is released on `to` (N becomes N-1, N-1 becomes N-2).",
  MAINSTREAM_END: "Mainstream support ended the day before `to`.",
  RELEASED: "The version itself is released on `to`.",
  END_OF_RANGE: "The asked range ends; the status goes on after it.",
});

@ObjectType({ simpleResolvers: true, description: "A stretch of time [from, to) during which a version's coverage does not change." })
export class CoverageWindow {
  @Field(() => DateScalar, { description: "First day of the window (inclusive)." })
  from!: string;

  @Field(() => DateScalar, { description: "First day after the window (exclusive)." })
  to!: string;

  @Field(() => CoverageStatus, { description: "Coverage during the window." })
  status!: CoverageStatus;

  @Field(() => String, { description: "The coverage rule's explanation on the window's first day." })
  message!: string;

  @Field(() => CoverageWindowEnd, { description: "Why the window ends on `to`." })
  endsBecause!: CoverageWindowEnd;
}
