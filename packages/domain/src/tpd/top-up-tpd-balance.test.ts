import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topUpTpdBalance } from "./top-up-tpd-balance";

describe("topUpTpdBalance", () => {
  it("creates a missing balance from a positive entitlement, none from zero", () => {
    expect(topUpTpdBalance(null, 40)).toEqual({ outcome: "CREATE", hoursTotal: 40 });
    expect(topUpTpdBalance(null, 0)).toEqual({ outcome: "KEEP", hoursTotal: null });
  });
  it("raises to a larger entitlement, keeps an equal or smaller one", () => {
    expect(topUpTpdBalance(20, 40)).toEqual({ outcome: "RAISE", hoursTotal: 40 });
    expect(topUpTpdBalance(40, 40)).toEqual({ outcome: "KEEP", hoursTotal: 40 });
    expect(topUpTpdBalance(40, 20)).toEqual({ outcome: "KEEP", hoursTotal: 40 });
    expect(topUpTpdBalance(40, 0)).toEqual({ outcome: "KEEP", hoursTotal: 40 });
  });
  it("never lowers a balance, and always reaches the entitlement", () => {
    fc.assert(
      fc.property(fc.option(fc.nat(1000)), fc.nat(1000), (current, entitled) => {
        const { hoursTotal } = topUpTpdBalance(current, entitled);
        if (current !== null) expect(hoursTotal).toBe(Math.max(current, entitled));
        else expect(hoursTotal).toBe(entitled > 0 ? entitled : null);
      }),
    );
  });
});
