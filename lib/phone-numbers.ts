import { helpLines } from "./help-lines";

/**
 * Every phone number the site may link to, as `tel:` targets. A number anywhere else in the
 * content is refused at build time: a wrong number is the worst bug this site can have, so each
 * must come from a data file that names its source.
 */
export function sourcedPhoneNumbers(): ReadonlySet<string> {
  return new Set(helpLines.map((line) => line.tel));
}
