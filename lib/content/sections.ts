import type { PageSummary } from "./pages";

/**
 * Sections are folders under content/<locale>/ with an index.md: /parorende/ and the pages in
 * content/nb/parorende/. Everything here is computed from the pages' frontmatter, so that a new
 * Markdown file shows up in its section's listing and in its neighbours' "way on" by itself.
 */

export interface PageLink {
  href: string;
  title: string;
  description: string;
}

export interface PageNeighbours {
  /** The pages a section's landing page lists, in `order`; empty for any other page. */
  children: PageLink[];
  /** For a page inside a section: the section's landing page and the section's other pages. */
  section?: { landing: PageLink; siblings: PageLink[] };
}

function sameSlug(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

function isChildOf(page: PageSummary, parent: readonly string[]): boolean {
  return page.slug.length === parent.length + 1 && sameSlug(page.slug.slice(0, -1), parent);
}

/** Lower `order` first; pages without one after those with one; then by title. */
function byOrderThenTitle(a: PageSummary, b: PageSummary): number {
  const orderA = a.frontmatter.order ?? Number.POSITIVE_INFINITY;
  const orderB = b.frontmatter.order ?? Number.POSITIVE_INFINITY;
  return orderA === orderB ? a.frontmatter.title.localeCompare(b.frontmatter.title, "nb") : orderA - orderB;
}

function toLink(page: PageSummary): PageLink {
  return { href: page.href, title: page.frontmatter.title, description: page.frontmatter.description };
}

function childrenOf(pages: readonly PageSummary[], parent: readonly string[]): PageSummary[] {
  return pages.filter((page) => isChildOf(page, parent)).sort(byOrderThenTitle);
}

/** Pages at the site's root (the home page, /akutt-hjelp/) belong to no section and list nothing. */
export function neighboursOf(pages: readonly PageSummary[], slug: readonly string[]): PageNeighbours {
  const children = slug.length > 0 ? childrenOf(pages, slug).map(toLink) : [];
  const parent = slug.slice(0, -1);
  const landing = parent.length > 0 ? pages.find((page) => sameSlug(page.slug, parent)) : undefined;
  if (!landing) return { children };
  const siblings = childrenOf(pages, parent).filter((page) => !sameSlug(page.slug, slug));
  return { children, section: { landing: toLink(landing), siblings: siblings.map(toLink) } };
}
