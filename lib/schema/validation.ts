import type { z } from "zod";

// Types only: the finder's browser code imports DataFileError from here, and must not carry zod
// (docs/adr/0003-hand-written-place-data-validator.md).

/**
 * Thrown when a content or data file does not match its schema. The message names the file,
 * each field and what is wrong with it, so that the build log says exactly what to fix.
 */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "DataFileError";
  }
}

/** Describes one zod issue as `field "a.b": message`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "(whole file)";
  return `field "${field}": ${issue.message}`;
}

/** Parses `data` with `schema`, or throws a DataFileError that names `file`. */
export function parseDataFile<Schema extends z.ZodType>(schema: Schema, data: unknown, file: string): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new DataFileError(file, result.error.issues.map(describeIssue));
  return result.data;
}
