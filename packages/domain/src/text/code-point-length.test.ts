import { describe, expect, it } from "vitest";
import { codePointLength } from "./code-point-length";

describe("codePointLength", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect("😀".length).toBe(2);
    expect(codePointLength("😀")).toBe(1);
    expect(codePointLength("😀".repeat(150))).toBe(150);
    expect(codePointLength("é")).toBe(1);
  });
});
