const NORWEGIAN_LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "a" };

/**
 * A URL slug from a Norwegian name: lower case, æ→ae, ø→o, å→a, other accents dropped (Sámi
 * letters such as á, š and ŋ lose their marks or become their base letter), and any run of spaces
 * or punctuation becomes one hyphen. "Guovdageaidnu - Kautokeino" → "guovdageaidnu-kautokeino".
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => NORWEGIAN_LETTERS[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ŋ/g, "n")
    .replace(/đ/g, "d")
    .replace(/ŧ/g, "t")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
