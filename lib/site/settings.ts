/**
 * Site-wide settings. Kept in one module so that a deploy changes one place, and so that
 * tests can assert against the same values the pages use.
 */

/** The address the site is published at; absolute URLs (sitemap, og:image) are built from it. */
export const SITE_URL = (process.env.SITE_URL ?? "https://noksentrene.no").replace(/\/+$/, "");

/**
 * Where quick exit sends the visitor. GOV.UK's research recommends a neutral, well-known site
 * that shows nothing personal; yr.no (the national weather service) is the Norwegian analogue.
 */
export const QUICK_EXIT_URL = "https://www.yr.no/";

/** GOV.UK Exit this page: three Shift presses, each within this many milliseconds of the last. */
export const QUICK_EXIT_SHIFT_TIMEOUT_MS = 5000;

/**
 * The one address for feedback about the site and corrections to the centre registry. It is the
 * site's own role address, not a centre's; change it here before launch if another is agreed.
 */
export const SITE_CONTACT_EMAIL = "nettsted@noksentrene.no";
