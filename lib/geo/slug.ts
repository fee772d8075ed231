import { normalizeName } from "../text/normalize";

/**
 * A URL slug from a Norwegian name: the matching form of the name (lower case, æ→ae, ø→o, å→a,
 * accents dropped) with hyphens between the words. "Guovdageaidnu - Kautokeino" → "guovdageaidnu-kautokeino".
 */
export function slugify(name: string): string {
  return normalizeName(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
