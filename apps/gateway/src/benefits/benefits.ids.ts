import { randomInt } from "node:crypto";

/** Crockford's base32 alphabet: no I, L, O, U, so an ID read aloud or retyped is unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 12 random characters from a CSPRNG (60 bits), grouped by four: e.g. `AID-7KQ2-M9XD-3HFA`. */
function randomGroups(prefix: string): string {
  let chars = "";
  for (let i = 0; i < 12; i += 1) chars += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** A new, unguessable Access ID. */
export const newAccessId = (): string => randomGroups("AID");
/** A new, unguessable Contract ID. */
export const newContractId = (): string => randomGroups("CID");
