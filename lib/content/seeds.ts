import { isDescribedSeed } from "./sources";

/**
 * Frontmatter and registry records may cite a document in ../shared/seeds by its file name; the
 * table of sources (content/sources.json) says who published it and what it is called.
 */
export function isSeedFileName(value: string): boolean {
  return isDescribedSeed(value);
}
