import type { FormattedExecutionResult } from "graphql";

/**
 * The JSON text of a result's `data`, when it already exists: the response cache serializes the
 * data it stores, and a hit holds nothing but that text. The HTTP response then reuses it instead
 * of serializing the same objects again (a computed dashboard was stringified twice, once for the
 * cache and once for the wire; a hit was parsed only to be stringified back).
 */
const textOfData = new WeakMap<object, string>();

/** Marks `data` as serialized to `text` (the exact `JSON.stringify(data)`). */
export function rememberDataText(data: object, text: string): void {
  textOfData.set(data, text);
}

/**
 * A result whose JSON is `text`, for Apollo to send. The object stands for the data only: nothing
 * reads it before `stringifyResult`, which writes `text` in its place.
 */
export function dataFromText(text: string): Record<string, unknown> {
  const placeholder = Object.freeze({});
  textOfData.set(placeholder, text);
  return placeholder as Record<string, unknown>;
}

/**
 * Apollo's `stringifyResult`: compact JSON (Apollo pretty-prints by default), with the data's
 * text reused when known. The output is byte for byte `JSON.stringify(result)`.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const result = value as Record<string, unknown>;
  const data = result.data;
  const text = data !== null && typeof data === "object" ? textOfData.get(data) : undefined;
  if (text === undefined) return JSON.stringify(result);
  let json = "{";
  for (const key of Object.keys(result)) {
    const part = result[key];
    if (part === undefined) continue;
    json += `${json.length > 1 ? "," : ""}${JSON.stringify(key)}:${key === "data" ? text : JSON.stringify(part)}`;
  }
  return `${json}}`;
}
