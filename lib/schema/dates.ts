import { z } from "zod";

/** Today's calendar date in Norway, YYYY-MM-DD: the build date that no content may be dated after. */
export function todayInNorway(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(now);
}

/**
 * A real calendar date written YYYY-MM-DD, on or before the day of the build: "updated" and
 * "confirmed" dates say when something happened, so a date in the future is a typo.
 */
export const pastCalendarDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" }).refine((date) => date <= todayInNorway(), {
  error: (issue) => `must not be after today (${todayInNorway()}): ${String(issue.input)} has not happened yet`,
});
