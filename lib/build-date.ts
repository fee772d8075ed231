/** Today's date in Norway, YYYY-MM-DD (Swedish writes dates that way). */
function norwegianToday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
}

/**
 * The day the site is built, YYYY-MM-DD: what "confirmed more than twelve months ago" is counted
 * from. `BUILD_DATE` builds the site as of another day. Kept out of lib/site.ts, which the
 * browser loads.
 */
export const BUILD_DATE = process.env.BUILD_DATE ?? norwegianToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(BUILD_DATE)) throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD, not "${BUILD_DATE}"`);
