import { describeSource, type SourceEntry, isPublicUrl } from "./sources";

/**
 * A source as a visitor sees it: who published it, its title (or our description of it), when,
 * and the address to look it up where it has one.
 */
export interface Citation extends Omit<SourceEntry, "url"> {
  url?: string;
}

/**
 * A cited source (a URL or a seed document's file name) as a citation, from the table of sources.
 * The build has already refused a page or record citing an undescribed source, naming its file,
 * so an undescribed one here is a bug in the caller.
 */
export function citeReference(reference: string): Citation {
  const entry = describeSource(reference);
  if (!entry) throw new Error(`${reference} is not described in content/sources.json`);
  const { url, ...described } = entry;
  const address = isPublicUrl(reference) ? reference : url;
  return address ? { ...described, url: address } : described;
}
