/**
 * The length of a text as a person counts it: in Unicode code points, not UTF-16 units, so an
 * emoji counts as one character. Every field limit of the API is in these units.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
