import { describe, expect, it } from "vitest";
import { dataFromText, rememberDataText, stringifyResult } from "../../src/performance/serialized-result";

const data = () => ({ viewer: { id: "VXNlcjox", name: 'Zoë \u2028 "quoted"', roles: ["GLOBAL_ADMIN"], count: 3, none: null } });

describe("stringifyResult (the response body)", () => {
  it("is JSON.stringify of the result when the data's text is not known", () => {
    const result = { errors: undefined, data: data(), extensions: { sqlStatements: 2 } };
    expect(stringifyResult(result)).toBe(JSON.stringify(result));
    expect(stringifyResult({ errors: [{ message: "x" }] })).toBe(JSON.stringify({ errors: [{ message: "x" }] }));
    expect(stringifyResult({ data: null })).toBe('{"data":null}');
  });

  it("writes the remembered text of the data in its place, byte for byte what JSON.stringify gives", () => {
    for (const result of [
      { errors: undefined, data: data(), extensions: undefined },
      { data: data(), extensions: { sqlStatements: 0, note: "a,b" } },
      { errors: [{ message: "partial" }], data: data() },
    ]) {
      rememberDataText(result.data, JSON.stringify(result.data));
      expect(stringifyResult(result)).toBe(JSON.stringify(result));
    }
  });

  it("uses the text itself, not the objects: a remembered text wins over what the data holds now", () => {
    const value = data();
    rememberDataText(value, '{"from":"cache"}');
    value.viewer.count = 4;
    expect(stringifyResult({ data: value })).toBe('{"data":{"from":"cache"}}');
  });

  it("sends a cached text without parsing it", () => {
    const text = JSON.stringify(data());
    const placeholder = dataFromText(text);
    expect(Object.isFrozen(placeholder)).toBe(true);
    expect(stringifyResult({ data: placeholder, extensions: { a: 1 } })).toBe(`{"data":${text},"extensions":{"a":1}}`);
    expect(JSON.parse(stringifyResult({ data: placeholder }))).toEqual({ data: data() });
  });
});
