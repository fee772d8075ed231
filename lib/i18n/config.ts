/** The languages the site is published in. Bokmål is the source of truth and lives at the root. */
export const locales = ["nb"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";
