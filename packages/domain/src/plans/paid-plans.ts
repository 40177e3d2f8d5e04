import { ProductFamily } from "../vocabulary";

/** Paid partner support plans suggested when no benefit plan is available. */
export const PaidPlanKind = {
  /** Covers all products. */
  PREMIER_SUPPORT_FOR_PARTNERS: "PREMIER_SUPPORT_FOR_PARTNERS",
  /** Covers cloud products only. */
  ADVANCED_SUPPORT_FOR_PARTNERS: "ADVANCED_SUPPORT_FOR_PARTNERS",
} as const;
/** A value of {@link PaidPlanKind}. */
export type PaidPlanKind = (typeof PaidPlanKind)[keyof typeof PaidPlanKind];

/** A paid plan suggestion. */
export interface PaidPlan {
  kind: PaidPlanKind;
  name: string;
  description: string;
}

/** The paid plans, in suggestion order. */
export const PAID_PLANS: readonly PaidPlan[] = [
  {
    kind: PaidPlanKind.PREMIER_SUPPORT_FOR_PARTNERS,
    name: "Premier Support for Partners",
    description: "Paid partner support for all Microsoft products, on-premises and cloud, with a technical account manager.",
  },
  {
    kind: PaidPlanKind.ADVANCED_SUPPORT_FOR_PARTNERS,
    name: "Advanced Support for Partners",
    description: "Paid partner support for cloud products, with faster response and proactive services.",
  },
];

/** The paid plans that cover a product family: Premier for all, Advanced for cloud only. */
export function paidPlansFor(family: ProductFamily): PaidPlan[] {
  return PAID_PLANS.filter((plan) => plan.kind !== PaidPlanKind.ADVANCED_SUPPORT_FOR_PARTNERS || family === ProductFamily.CLOUD);
}
