// Reads files at build time: importing this from a client component fails the build.
import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { FrontmatterError, parseMarkdownFile } from "../cms/markdown-file";
import { type Locale, localePrefix } from "../i18n/config";
import { PHONE_SOURCES, sourcedPhoneNumbers } from "../phone/sourced-numbers";
import { dialledDigits, isSameNumber } from "../phone/digits";
import { DataFileError, parseDataFile } from "../schema/validation";
import { type Frontmatter, frontmatterSchema } from "./frontmatter";
import { helpLines } from "../phone/help-lines";
import { isEasyReadPage } from "./easy-read";
import { helpLineIds } from "./help-line-links";
import { type Heading, headingProblems, type PhoneLink, type RenderOptions, renderMarkdown } from "./markdown";
import { undescribedSources } from "./sources";

const CONTENT_ROOT = path.join(process.cwd(), "content");

export interface ContentPageRef {
  /** URL segments: `til-deg-som-er-utsatt/index.md` is ["til-deg-som-er-utsatt"], `index.md` is []. */
  slug: string[];
  /** The page's path with the trailing slash the export uses, e.g. "/akutt-hjelp/". */
  href: string;
  /** The Markdown file relative to the project, for error messages. */
  file: string;
}

export interface PageSummary extends ContentPageRef {
  frontmatter: Frontmatter;
}

export interface ContentPage extends PageSummary {
  html: string;
  headings: Heading[];
}

const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The URL segments for a Markdown file's path under the locale's folder. */
export function slugForFile(relativePath: string): string[] {
  const withoutExtension = relativePath.replace(/\.md$/, "").split(path.sep).join("/");
  const segments = withoutExtension.split("/");
  if (segments.at(-1) === "index") segments.pop();
  return segments;
}

export function hrefForSlug(slug: readonly string[], prefix = ""): string {
  return `${prefix}/${slug.map((segment) => `${segment}/`).join("")}`;
}

async function markdownFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every Markdown page of a language. A file whose name cannot be a URL stops the build. */
export async function listContentPages(locale: Locale): Promise<ContentPageRef[]> {
  const directory = path.join(CONTENT_ROOT, locale);
  const files = await markdownFiles(directory);
  return files.map((relative) => {
    const file = path.join("content", locale, relative);
    const slug = slugForFile(relative);
    const bad = slug.find((segment) => !SLUG_SEGMENT.test(segment));
    if (bad !== undefined) {
      throw new DataFileError(file, [`the name "${bad}" cannot be a URL: use a-z, 0-9 and single hyphens`]);
    }
    return { slug, href: hrefForSlug(slug, localePrefix(locale)), file };
  });
}

/** A Markdown file's validated frontmatter and its body; throws a DataFileError naming `file`. */
export function splitFrontmatter(source: string, file: string): { frontmatter: Frontmatter; body: string } {
  try {
    const { frontmatter, body } = parseMarkdownFile(source);
    return { frontmatter: parseDataFile(frontmatterSchema, frontmatter, file), body };
  } catch (error) {
    if (error instanceof FrontmatterError) throw new DataFileError(file, [error.message]);
    throw error;
  }
}

/**
 * What is wrong with a page's phone links: a link must dial the number its text shows, and the
 * number must be one the data files source (`knownPhoneNumbers`, keyed by the digits dialled).
 */
export function phoneLinkProblems(links: readonly PhoneLink[], knownPhoneNumbers: ReadonlySet<string>): string[] {
  return links.flatMap(({ target, text }) => {
    const link = `[${text}](tel:${target})`;
    if (!isSameNumber(text, target)) return [`the link ${link} shows one number and dials another: write the number it dials as its text`];
    if (!knownPhoneNumbers.has(dialledDigits(target))) return [`the link ${link} is not a sourced number: a page may link only ${PHONE_SOURCES}`];
    return [];
  });
}

/** Parses, validates and renders one Markdown file; throws a DataFileError naming what to fix. */
export async function parseContentFile(source: string, file: string, knownPhoneNumbers: ReadonlySet<string>, options: RenderOptions = {}) {
  const { frontmatter, body } = splitFrontmatter(source, file);
  const rendered = await renderMarkdown(body, options);
  const problems = [
    ...undescribedSources(frontmatter.sources),
    ...headingProblems(rendered.headings),
    ...rendered.unknownHelpLines.map((id) => `the link <help-line:${id}> names no line in content/help-lines.json; use one of: ${helpLineIds(helpLines)}`),
    ...phoneLinkProblems(rendered.phoneLinks, knownPhoneNumbers),
  ];
  if (problems.length > 0) throw new DataFileError(file, problems);
  return { frontmatter, html: rendered.html, headings: rendered.headings };
}

/**
 * Every page of a language with its frontmatter, unrendered: what listings and "the way on" are
 * built from, so that a new Markdown file appears in them without editing any list.
 */
export async function listPageSummaries(locale: Locale): Promise<PageSummary[]> {
  const refs = await listContentPages(locale);
  return Promise.all(
    refs.map(async (ref) => {
      const source = await readFile(path.join(process.cwd(), ref.file), "utf8");
      return { ...ref, frontmatter: splitFrontmatter(source, ref.file).frontmatter };
    }),
  );
}

export async function loadContentPage(locale: Locale, slug: readonly string[]): Promise<ContentPage> {
  const ref = (await listContentPages(locale)).find((page) => page.slug.join("/") === slug.join("/"));
  if (!ref) throw new Error(`No Markdown page for /${slug.join("/")} in content/${locale}`);
  const source = await readFile(path.join(process.cwd(), ref.file), "utf8");
  return { ...ref, ...(await parseContentFile(source, ref.file, sourcedPhoneNumbers(), { lineBreaks: isEasyReadPage(ref.slug) })) };
}
