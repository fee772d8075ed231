import { isSeedFileName, seedDocuments } from "./seeds";

/** A source as a visitor sees it: a title, and the address to look it up when it has one. */
export interface Citation {
  title: string;
  url?: string;
}

/** A URL as a reader would write it: no protocol, and percent-escapes such as %2D shown as text. */
function readableUrl(url: string): string {
  const withoutProtocol = url.replace(/^https?:\/\//, "");
  try {
    return decodeURI(withoutProtocol);
  } catch {
    return withoutProtocol;
  }
}

/** A frontmatter source (a URL or a seed document's file name) as a citation. */
export function citeReference(reference: string): Citation {
  if (isSeedFileName(reference)) return seedDocuments[reference];
  return { title: readableUrl(reference), url: reference };
}
