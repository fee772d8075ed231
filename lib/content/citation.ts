import { isSeedFileName, seedDocuments } from "./seeds";

/** A source as a visitor sees it: a title, and the address to look it up when it has one. */
export interface Citation {
  title: string;
  url?: string;
}

/** A frontmatter source (a URL or a seed document's file name) as a citation. */
export function citeReference(reference: string): Citation {
  if (isSeedFileName(reference)) return seedDocuments[reference];
  return { title: reference.replace(/^https?:\/\//, ""), url: reference };
}
