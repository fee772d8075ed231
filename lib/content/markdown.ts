import type { Element, Root } from "hast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { helpLines } from "../phone/help-lines";
import { remarkHelpLineLinks } from "./help-line-links";

export interface Heading {
  level: number;
  id: string;
  text: string;
}

export interface PhoneLink {
  /** The tel: target without "tel:". */
  target: string;
  /** What the reader sees as the link. */
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Every `tel:` link, so that the loader can check the number against a source and against the text shown. */
  phoneLinks: PhoneLink[];
  /** Ids in `<help-line:id>` links that name no line in content/help-lines.json. */
  unknownHelpLines: string[];
}

export interface RenderOptions {
  /**
   * Keep every line break of the Markdown as a line break on the page, so that a writer can put
   * each sentence on a line of its own, as easy-to-read text wants.
   */
  lineBreaks?: boolean;
}

function textOf(node: Element): string {
  let text = "";
  visit(node, "text", (child) => {
    text += child.value;
  });
  return text.trim();
}

/** Collects headings and phone links while the tree is still a tree. */
function collectOutline(result: Pick<RenderedMarkdown, "headings" | "phoneLinks">) {
  return () => (tree: Root) => {
    visit(tree, "element", (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) result.headings.push({ level: Number(level), id: String(node.properties.id ?? ""), text: textOf(node) });
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href === "string" && href.startsWith("tel:")) result.phoneLinks.push({ target: href.slice(4), text: textOf(node) });
    });
  };
}

/**
 * Markdown to HTML at build time. Links to other sites get rel="noreferrer" so that the page a
 * visitor came from is never sent on, and they open in the same tab, like every other link.
 * `<help-line:id>` links become `tel:` links to the national lines (./help-line-links.ts).
 */
export async function renderMarkdown(markdown: string, { lineBreaks = false }: RenderOptions = {}): Promise<RenderedMarkdown> {
  const outline: Omit<RenderedMarkdown, "html"> = { headings: [], phoneLinks: [], unknownHelpLines: [] };
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(lineBreaks ? [remarkBreaks] : [])
    .use(remarkHelpLineLinks({ lines: helpLines, onUnknown: (id) => outline.unknownHelpLines.push(id) }))
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeExternalLinks, { rel: ["noreferrer"] })
    .use(collectOutline(outline))
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), ...outline };
}

/**
 * Problems with a page's heading structure: the page title is the only h1, and levels go down
 * one step at a time, so that screen-reader users can trust the outline.
 */
export function headingProblems(headings: readonly Heading[]): string[] {
  const problems: string[] = [];
  let previous = 1;
  for (const heading of headings) {
    if (heading.level === 1) problems.push(`heading "${heading.text}" is an h1: the title in the frontmatter is the page's only h1; start at ##`);
    else if (heading.level > previous + 1) problems.push(`heading "${heading.text}" jumps from h${previous} to h${heading.level}`);
    previous = heading.level;
  }
  return problems;
}
