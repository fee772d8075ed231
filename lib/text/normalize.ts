/** Letters that have no accent-free base form in Unicode, spelled the way people type them without a Norwegian keyboard. */
const SPELLED_OUT: Record<string, string> = { æ: "ae", ø: "o", å: "a", ŋ: "n", đ: "d", ŧ: "t" };

/**
 * A name in the form used for matching what people type: lower case, æ → ae, ø → o, å → a, accents
 * dropped (Sámi á, š, č become a, s, c), and any run of hyphens, spaces or punctuation as one space.
 * "Nord-Odal" and "nord odal" both become "nord odal"; "Porsáŋgu" becomes "porsangu".
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåŋđŧ]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
