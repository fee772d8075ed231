/**
 * Lettlest: the section of easy-to-read bokmål at /lettlest/, for readers who lose a page of
 * ordinary bokmål first. Its pages are ordinary Markdown pages in content/nb/lettlest/; what sets
 * them apart is decided here, in one place: a stricter readability limit (./readability.ts),
 * one sentence per line (./markdown.ts) and a narrow text column (components/content-page/).
 */
export const EASY_READ_SECTION = "lettlest";

/** The section's landing page. */
export const EASY_READ_HREF = `/${EASY_READ_SECTION}/`;

/** Whether a bokmål page, given by its URL segments, belongs to the easy-to-read section. */
export function isEasyReadPage(slug: readonly string[]): boolean {
  return slug[0] === EASY_READ_SECTION;
}
