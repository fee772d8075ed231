/**
 * Reading a municipality's yearly contribution as people write amounts in Norway: "250000",
 * "250 000", "250 000,50", "kr 250 000" or "250 000,-". Amounts are kept in øre, as whole
 * numbers, so that the sums are exact.
 */

/** Above this, the amount is surely a typing error: no municipality pays a centre a billion. */
export const MAX_CONTRIBUTION_KRONER = 1_000_000_000;

export type ContributionError = "empty" | "negative" | "notANumber" | "tooManyDecimals" | "tooLarge";

export type ParsedContribution = { ok: true; ore: number } | { ok: false; error: ContributionError };

// Any kind of space a keyboard, a copy from a spreadsheet or Intl's own output can produce.
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const CURRENCY_BEFORE = /^(kr\.?|nok)\s*/i;
const CURRENCY_AFTER = /\s*(kr\.?|nok|,-)$/i;
// A minus sign typed on a keyboard, or the typographic one (U+2212) that Intl writes, before
// the digits ("-250 000", "kr -250 000"); the dash in "250 000,-" comes after them.
const MINUS_BEFORE_DIGITS = /^(\D*?)[-\u2212]\s*/;
// Digits, optionally grouped by single spaces, and optionally a comma with øre.
const AMOUNT = /^(\d+(?: \d+)*)(?:,(\d+))?$/;

function refuse(error: ContributionError): ParsedContribution {
  return { ok: false, error };
}

export function parseContribution(input: string): ParsedContribution {
  const text = input.replace(SPACES, " ").trim();
  if (text === "") return refuse("empty");

  const negative = MINUS_BEFORE_DIGITS.test(text);
  const unsigned = text.replace(MINUS_BEFORE_DIGITS, "$1");
  const match = AMOUNT.exec(unsigned.replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, ""));
  if (!match) return refuse("notANumber");
  if (negative) return refuse("negative");

  const [, kroner = "", decimals = ""] = match;
  if (decimals.length > 2) return refuse("tooManyDecimals");
  const wholeKroner = Number(kroner.replace(/ /g, ""));
  const ore = wholeKroner * 100 + Number(decimals.padEnd(2, "0"));
  if (ore > MAX_CONTRIBUTION_KRONER * 100) return refuse("tooLarge");
  return { ok: true, ore };
}
