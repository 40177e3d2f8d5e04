import { GraphQLError } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { describe, expect, it } from "vitest";
import { DateTimeScalar } from "../../src/common/scalars";

/**
 * `DateTime` answers with text, not the `Date` graphql-scalars hands on: a `Date` in a result sends
 * `JSON.stringify` down its slow path for the whole response. The text is what `JSON.stringify`
 * made of that `Date`, and everything else about the scalar is graphql-scalars'.
 */
describe("the DateTime scalar", () => {
  it("serializes to the text JSON.stringify gave the Date", () => {
    for (const value of [new Date("2026-11-30T10:00:00.123Z"), "2026-11-30T11:00:00.5+01:00", Date.UTC(2026, 10, 30, 10)]) {
      const serialized = DateTimeScalar.serialize(value);
      expect(typeof serialized).toBe("string");
      expect(JSON.stringify({ at: serialized })).toBe(JSON.stringify({ at: DateTimeResolver.serialize(value) }));
    }
    expect(DateTimeScalar.serialize("2026-11-30T11:00:00.5+01:00")).toBe("2026-11-30T10:00:00.500Z");
  });

  it("refuses what graphql-scalars refuses, with a GraphQLError", () => {
    for (const value of [new Date(Number.NaN), "yesterday", true, {}]) {
      expect(() => DateTimeScalar.serialize(value), String(value)).toThrow(GraphQLError);
    }
  });

  it("keeps graphql-scalars' name, description and input rules", () => {
    expect(DateTimeScalar.name).toBe(DateTimeResolver.name);
    expect(DateTimeScalar.description).toBe(DateTimeResolver.description);
    expect(DateTimeScalar.extensions).toEqual(DateTimeResolver.extensions);
    expect(DateTimeScalar.parseValue("2026-11-30T10:00:00Z")).toEqual(new Date("2026-11-30T10:00:00Z"));
    expect(() => DateTimeScalar.parseValue("2026-13-30T10:00:00Z")).toThrow(GraphQLError);
  });
});
