/**
 * Fills `{name}` placeholders in a dictionary string. A placeholder with no value is a bug in
 * the caller, so it throws rather than showing "{name}" to a visitor.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for placeholder {${key}} in "${template}"`);
    return String(value);
  });
}

const dateFormats: Record<string, Intl.DateTimeFormat> = {};

/** A calendar date (YYYY-MM-DD) as the locale writes it, e.g. "25. november 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const formatter = (dateFormats[locale] ??= new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }));
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}

const partialDateFormats: Record<string, Intl.DateTimeFormat> = {};

/**
 * A date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD), as the locale
 * writes it: "2017", "januar 2024", "4. januar 2024". Sources are often dated only to the year.
 */
export function formatPartialDate(date: string, locale: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const formatter = (partialDateFormats[locale] ??= new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }));
    return formatter.format(new Date(`${date}-01T00:00:00Z`));
  }
  return formatDate(date, locale);
}
