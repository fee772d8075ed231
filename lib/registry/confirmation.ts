import type { CentreRecord } from "./schema";

/**
 * Whether a centre has confirmed its own record, and whether that is recent. A record the centre
 * confirmed in the last twelve months is "confirmed"; an older confirmation is "stale", and the
 * pages say when it was last confirmed instead, so that nobody takes year-old details as current.
 */
export type Confirmation = { status: "confirmed" | "stale"; date: string } | { status: "unconfirmed" };

/** How long a centre's confirmation counts as current. */
const CONFIRMATION_VALID_MONTHS = 12;

/** The same calendar day `months` earlier ("2026-03-31" minus one month is "2026-02-28"). */
function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The record's confirmation as of `today` (YYYY-MM-DD, the build date). */
export function confirmationOf(record: Pick<CentreRecord, "verification" | "lastVerified">, today: string): Confirmation {
  if (record.verification !== "confirmed-by-centre" || record.lastVerified === null) return { status: "unconfirmed" };
  const stale = record.lastVerified < monthsBefore(today, CONFIRMATION_VALID_MONTHS);
  return { status: stale ? "stale" : "confirmed", date: record.lastVerified };
}
