import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Locale } from "../i18n/config";
import { helpLines } from "../phone/help-lines";
import { isEasyReadPage } from "./easy-read";
import { remarkHelpLineLinks } from "./help-line-links";

/**
 * LIX, Björnsson's readability index: words per sentence plus the percentage of long words
 * (more than six letters). Below 30 is very easy text, 40 is ordinary newspaper text and 50 is
 * official prose. The site holds the easy-to-read pages (lettlest) to 25 or lower, the pages for
 * people who were abused and for their relatives to 40 or lower, and every other page to 50 or lower.
 * The index and these limits are made for Scandinavian text, so the check measures the Norwegian
 * pages: bokmål, and nynorsk held to the limit of its bokmål counterpart.
 */

/** The languages whose pages the check measures. */
export const measuredLocales = ["nb", "nn"] as const satisfies readonly Locale[];

export interface TextStatistics {
  words: number;
  sentences: number;
  longWords: number;
}

/** The sections whose readers may be frightened and reading on a phone: the plainest language. */
const PLAIN_LANGUAGE_SECTIONS = new Set(["til-deg-som-er-utsatt", "parorende"]);
const PLAIN_LANGUAGE_LIMIT = 40;
// Below 25 is the range of children's books: what easy-to-read text aims at.
const EASY_READ_LIMIT = 25;
const DEFAULT_LIMIT = 50;

const LONG_WORD_LETTERS = 7;
const SENTENCE_END = /[.!?:]$/;
// A full stop after these ends an abbreviation, not a sentence ("Nok. Norge", "f.eks.").
const ABBREVIATIONS = new Set(["nok.", "f.eks.", "bl.a.", "ca.", "nr.", "jf.", "kr.", "mrd.", "mill."]);
// Closing quotes and brackets that may follow the full stop of a sentence.
const TRAILING_CLOSERS = /[»"”')\]]+$/;
const URL = /^(https?:\/\/|www\.)/i;

/** The limit for a bokmål page, from the section its slug is in. */
export function lixLimitFor(slug: readonly string[]): number {
  if (isEasyReadPage(slug)) return EASY_READ_LIMIT;
  return slug[0] !== undefined && PLAIN_LANGUAGE_SECTIONS.has(slug[0]) ? PLAIN_LANGUAGE_LIMIT : DEFAULT_LIMIT;
}

/**
 * The limit for any page: a translation (a page with `translation`, the path of its bokmål
 * counterpart) is held to its counterpart's limit; a bokmål page to its own section's.
 */
export function lixLimitForPage(slug: readonly string[], translation?: string): number {
  return lixLimitFor(translation === undefined ? slug : translation.split("/").filter(Boolean));
}

/** The visible text of an inline node: link text without its address, no images, no HTML. */
function inlineText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if (node.type === "image" || node.type === "html") return "";
  return "children" in node ? node.children.map((child) => inlineText(child)).join("") : "";
}

/**
 * The body's prose as blocks: paragraphs, headings and table cells, each a unit that ends a
 * sentence even without a full stop. A list item's text is a paragraph, so it ends one too.
 * Code is left out.
 */
function textBlocks(markdown: string): string[] {
  // The help-line links are resolved first, so that they count as the number a reader sees.
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHelpLineLinks({ lines: helpLines }));
  const tree = processor.runSync(processor.parse(markdown));
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "code" || node.type === "html") return SKIP;
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      blocks.push(inlineText(node));
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

function letterCount(token: string): number {
  return token.match(/\p{L}/gu)?.length ?? 0;
}

function endsSentence(token: string): boolean {
  const bare = token.replace(TRAILING_CLOSERS, "");
  return SENTENCE_END.test(bare) && !ABBREVIATIONS.has(bare.toLowerCase());
}

/** Counts words, sentences and long words in Markdown, leaving out its syntax and URLs. */
export function textStatistics(markdown: string): TextStatistics {
  const statistics: TextStatistics = { words: 0, sentences: 0, longWords: 0 };
  for (const block of textBlocks(markdown)) {
    const words = block
      .split(/\s+/)
      .filter((token) => !URL.test(token))
      // "og/eller" is two words.
      .flatMap((token) => token.split("/"))
      .filter((token) => /[\p{L}\p{N}]/u.test(token));
    if (words.length === 0) continue;
    statistics.words += words.length;
    statistics.longWords += words.filter((word) => letterCount(word) >= LONG_WORD_LETTERS).length;
    statistics.sentences += words.filter(endsSentence).length;
    if (!endsSentence(words.at(-1)!)) statistics.sentences += 1;
  }
  return statistics;
}

/** LIX of the given counts; an empty text scores 0. */
export function lix({ words, sentences, longWords }: TextStatistics): number {
  if (words === 0) return 0;
  return words / sentences + (100 * longWords) / words;
}

export interface ReadabilityVerdict {
  score: number;
  limit: number;
  passes: boolean;
}

/**
 * A page's LIX against its limit, given its URL segments and Markdown body: the limit of its
 * section, or for a translated page (with `translation`, its bokmål page's path) that of its
 * bokmål page.
 */
export function judgeReadability(slug: readonly string[], body: string, translation?: string): ReadabilityVerdict {
  const score = lix(textStatistics(body));
  const limit = lixLimitForPage(slug, translation);
  return { score, limit, passes: score <= limit };
}
