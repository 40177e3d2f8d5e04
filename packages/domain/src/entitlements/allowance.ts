/** A count of incidents that may be none, a limited number, or unlimited. */
export type Allowance = { kind: "NONE" } | { kind: "LIMITED"; count: number } | { kind: "UNLIMITED" };

/** The empty allowance. */
export const NO_ALLOWANCE: Allowance = { kind: "NONE" };
/** The unlimited allowance. */
export const UNLIMITED_ALLOWANCE: Allowance = { kind: "UNLIMITED" };

function size(allowance: Allowance): number {
  switch (allowance.kind) {
    case "NONE":
      return 0;
    case "LIMITED":
      return allowance.count;
    case "UNLIMITED":
      return Number.POSITIVE_INFINITY;
  }
}

/** Orders allowances NONE < LIMITED (by count) < UNLIMITED; negative when `a` is smaller. */
export function compareAllowance(a: Allowance, b: Allowance): number {
  const difference = size(a) - size(b);
  return Number.isNaN(difference) ? 0 : Math.sign(difference);
}

/** The larger of two allowances. */
export function bestAllowance(a: Allowance, b: Allowance): Allowance {
  return compareAllowance(a, b) >= 0 ? a : b;
}
