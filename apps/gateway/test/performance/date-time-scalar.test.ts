import { GraphQLError } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { describe, expect, it } from "vitest";
import { DateScalar, DateTimeScalar } from "../../src/common/scalars";

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

  it("writes what toISOString writes, every year from 1000 to 9999 by its own formatter, the others by toISOString", () => {
    const instants = [
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(2024, 1, 29, 0, 0, 0, 5),
      Date.UTC(2026, 10, 30, 9, 8, 7, 60),
      Date.UTC(-1, 5, 1),
      Date.UTC(999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1),
      Date.UTC(0, 0, 1) - 1,
    ];
    for (let i = 0; i < 2000; i++) instants.push(Date.UTC(1000, 0, 1) + Math.floor(Math.random() * 9000 * 365.25 * 86_400_000));
    for (const instant of instants) {
      const date = new Date(instant);
      expect(DateTimeScalar.serialize(date), String(instant)).toBe(date.toISOString());
    }
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

describe("the LocalDate scalar", () => {
  it("answers and refuses exactly the dates graphql-scalars' LocalDate does", () => {
    const values: unknown[] = [
      "2026-11-30",
      "2024-02-29",
      "2000-02-29",
      "1900-02-29",
      "2025-02-29",
      "0000-02-29",
      "0000-01-01",
      "9999-12-31",
      "2026-04-31",
      "2026-04-30",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-01-32",
      "2026-1-05",
      "2026-11-30T00:00:00Z",
      " 2026-11-30",
      "",
      20261130,
      null,
      new Date("2026-11-30"),
    ];
    for (let day = 0; day < 3000; day++) values.push(new Date(Date.UTC(1999, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
    for (const value of values) {
      let expected: unknown;
      try {
        expected = LocalDateResolver.serialize(value);
      } catch (error) {
        expect(error, String(value)).toBeInstanceOf(GraphQLError);
        expect(() => DateScalar.serialize(value), String(value)).toThrow((error as Error).message);
        continue;
      }
      expect(DateScalar.serialize(value), String(value)).toBe(expected);
    }
  });

  it("keeps graphql-scalars' name, description and input rules", () => {
    expect(DateScalar.name).toBe(LocalDateResolver.name);
    expect(DateScalar.description).toBe(LocalDateResolver.description);
    expect(DateScalar.extensions).toEqual(LocalDateResolver.extensions);
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(() => DateScalar.parseValue("2025-02-29")).toThrow(GraphQLError);
  });
});
