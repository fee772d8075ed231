/**
 * What a municipality's contribution to a centre can release from the state. Bufdir's rule:
 * municipalities, counties and health trusts together pay at least 20 % of a centre's running
 * costs, and the state adds up to 80 %. Nok. Norge's information sheet for municipalities puts
 * the same rule as "one krone releases four".
 */

const LOCAL_SHARE_PERCENT = 20;
const STATE_SHARE_PERCENT = 80;

/** Kroner of state grant each krone of local contribution can release, at most: 80 / 20 = 4. */
export const STATE_GRANT_PER_KRONE = STATE_SHARE_PERCENT / LOCAL_SHARE_PERCENT;

export interface FinancingSums {
  contributionOre: number;
  /** The most the state can add; the sources say "up to" (inntil). */
  stateGrantOre: number;
  /** Contribution and state grant together. */
  totalOre: number;
}

export function financingFor(contributionOre: number): FinancingSums {
  const stateGrantOre = contributionOre * STATE_GRANT_PER_KRONE;
  return { contributionOre, stateGrantOre, totalOre: contributionOre + stateGrantOre };
}

/**
 * An amount in øre as kroner, e.g. "1 250 000 kr"; øre are shown only when there are any.
 * Without the unit ("1 250 000") for tables whose caption names it, so that they fit a phone.
 */
export function formatKroner(ore: number, locale: string, { withUnit = true } = {}): string {
  const fractionDigits = ore % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    ...(withUnit ? { style: "currency", currency: "NOK" } : { style: "decimal" }),
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ore / 100);
}
