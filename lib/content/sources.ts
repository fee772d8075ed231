// Reads files at build time: importing this from a client component fails the build.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DataFileError, parseDataFile } from "../schema/validation";

/**
 * The table of sources, content/sources.json: for every source the site cites (a public URL, or a
 * document in ../shared/seeds by its file name), who published it and what it is, so that a
 * source list shows "Politiet: «Utsatt for voldtekt …»" instead of an address. Pages and registry
 * records cite a source by its key; the build refuses a page that cites a source the table does
 * not describe (see `undescribedSources`).
 */

export const SOURCES_FILE = "content/sources.json";

/** The file names of the documents in ../shared/seeds, e.g. "003_a1229e21398d9818.txt". */
export const SEED_FILE_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

export function isPublicUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

/** Languages a source can be written in; a title in another language than the page is marked up with its own `lang`. */
export const sourceLanguages = ["nb", "nn", "en"] as const;

/** Text we wrote ourselves about a source, in bokmål and, where an English page cites it, English. */
const ownWords = z.object({ nb: z.string().trim().min(3), en: z.string().trim().min(3).optional() }).strict();

const sourceEntry = z
  .object({
    /** Who published it: "Politiet", "Bufdir", "NRK". */
    publisher: z.string().trim().min(2),
    /** The document's own title, shown in quotation marks. */
    title: z.string().trim().min(2).optional(),
    /** Our own description of what the page is about, where its title is unknown or would mislead out of context. */
    subject: ownWords.optional(),
    /** When it was published or dated: YYYY, YYYY-MM or YYYY-MM-DD. Left out when the source gives no date. */
    date: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    /** The language the source is written in; bokmål unless said. */
    lang: z.enum(sourceLanguages).default("nb"),
    /** For a seed document: the public address where a reader can find it, if there is one. */
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict()
  .refine((entry) => (entry.title === undefined) !== (entry.subject === undefined), {
    message: "give either the source's own title or, where that is unknown or unsuitable, a subject in our words (not both)",
  });

export type SourceEntry = z.output<typeof sourceEntry>;

export const sourceTableSchema = z.record(z.string(), sourceEntry).superRefine((table, context) => {
  for (const key of Object.keys(table)) {
    if (!SEED_FILE_NAME.test(key) && !isPublicUrl(key)) {
      context.addIssue({ code: "custom", path: [key], message: "each key must be a public http(s) URL or the file name of a document in ../shared/seeds" });
    }
  }
});

/** Read from disk rather than imported, so that Node reads it the same way under Next, Vitest and Playwright. */
function readSourceTable(): unknown {
  const file = path.join(process.cwd(), SOURCES_FILE);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DataFileError(SOURCES_FILE, [`not readable JSON (${(error as Error).message})`]);
  }
}

export const sourceTable: Readonly<Record<string, SourceEntry>> = parseDataFile(sourceTableSchema, readSourceTable(), SOURCES_FILE);

/** Whether `value` names a seed document the table describes. */
export function isDescribedSeed(value: string): boolean {
  return SEED_FILE_NAME.test(value) && Object.hasOwn(sourceTable, value);
}

/** The table's entry for a cited source, or undefined if the table does not describe it. */
export function describeSource(reference: string): SourceEntry | undefined {
  return Object.hasOwn(sourceTable, reference) ? sourceTable[reference] : undefined;
}

/** The problems with a file's list of sources: one line for each source the table does not describe. */
export function undescribedSources(references: readonly string[], field = "sources"): string[] {
  return references
    .filter((reference) => describeSource(reference) === undefined)
    .map((reference) => `${field}: ${reference} is not described in ${SOURCES_FILE}; add its publisher and title (or subject) there`);
}

/** Throws a DataFileError naming `file` if it cites a source the table does not describe. */
export function assertSourcesDescribed(references: readonly string[], file: string, field?: string): void {
  const problems = undescribedSources(references, field);
  if (problems.length > 0) throw new DataFileError(file, problems);
}

/** A described source in one line of plain text: "Bufdir: Sentre mot incest og seksuelle overgrep". */
export function sourceName(reference: string): string {
  const entry = describeSource(reference);
  if (!entry) throw new Error(`${reference} is not described in ${SOURCES_FILE}`);
  return `${entry.publisher}: ${entry.title ?? entry.subject!.nb}`;
}
