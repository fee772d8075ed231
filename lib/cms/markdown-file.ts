import YAML from "yaml";
import { type EditorFileFormat, fromEditorData, toEditorData } from "./json-file";
import type { JsonSchema } from "./json-schema";

/**
 * A Markdown page as the repository writes it, and as both the site and the editor read it:
 *
 *     ---
 *     title: Akutt hjelp
 *     sources:
 *       - https://www.politiet.no/
 *     ---
 *
 *     The body, ending in one newline.
 *
 * The frontmatter is YAML 1.2 in the schema's key order, with plain scalars where YAML allows
 * them and no line folding, so that the editor rewrites an untouched frontmatter byte for byte.
 * YAML 1.2's core schema also keeps 2026-02-30 as the text it is, where YAML 1.1 would turn it
 * into a date in March and a typo would publish as another day.
 */

const FRONTMATTER = /^---\n([\s\S]*?\n)?---\n/;

interface MarkdownFile {
  frontmatter: Record<string, unknown>;
  body: string;
}

export class FrontmatterError extends Error {}

/** Splits a page into its frontmatter (parsed) and its body (without the blank line after the frontmatter). */
export function parseMarkdownFile(source: string): MarkdownFile {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new FrontmatterError('the file must start with frontmatter between two "---" lines');
  let frontmatter: unknown;
  try {
    frontmatter = YAML.parse(match[1] ?? "") ?? {};
  } catch (error) {
    throw new FrontmatterError(`the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof frontmatter !== "object" || Array.isArray(frontmatter))
    throw new FrontmatterError("the frontmatter must be a list of keys and values");
  return { frontmatter: frontmatter as Record<string, unknown>, body: source.slice(match[0].length).replace(/^\n/, "") };
}

/** A page in the repository's format: frontmatter in the schema's order, a blank line, the body and one newline. */
export function formatMarkdownFile(frontmatter: Record<string, unknown>, body: string, schema: JsonSchema): string {
  const yaml = YAML.stringify(fromEditorData(frontmatter, schema), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.replace(/\s+$/, "")}\n`;
}

/** The Decap CMS format for pages: the frontmatter's keys are form fields, the body is the `body` field. */
export function markdownFileFormat(schema: JsonSchema): EditorFileFormat {
  return {
    fromFile(content) {
      const { frontmatter, body } = parseMarkdownFile(content);
      return { ...toEditorData(frontmatter, schema), body };
    },
    toFile({ body, ...frontmatter }) {
      return formatMarkdownFile(frontmatter, typeof body === "string" ? body : "", schema);
    },
  };
}
