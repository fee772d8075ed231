import { helpLines } from "./help-lines";
import { dialledDigits } from "./digits";
import { loadCentres } from "../registry/load";

/** Where the site may take a linked phone number from, as the build's messages name them. */
export const PHONE_SOURCES = "the national lines in content/help-lines.json and the centres' phones in content/centres/";

/**
 * Every phone number the site may link to, as the digits it dials.
 * A number anywhere else in the content is refused at build time: a wrong number is the worst bug
 * this site can have, so each must come from a data file that names its source, and a number in
 * a page stops the build as soon as its data file changes it.
 */
export function sourcedPhoneNumbers(): ReadonlySet<string> {
  return new Set(
    [...helpLines.map((line) => line.tel), ...loadCentres().flatMap((centre) => (centre.tel ? [centre.tel] : []))].map(dialledDigits),
  );
}
