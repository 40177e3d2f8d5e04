import { badInput } from "../errors";

/** Opaque keyset cursor: the sort value and the id of the last row seen. */
export interface CursorPosition {
  value: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw badInput("`after` is not a cursor returned by this connection", "after");
}

/** Validates `first` against the maximum page size. */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(`\`first\` must be between 0 and ${max}`, "first");
  }
  return size;
}
