import { fill, formatDate } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { Confirmation } from "@/lib/registry/confirmation";

export interface ConfirmationStatusProps {
  confirmation: Confirmation;
  text: Pick<Dictionary["centre"], "confirmed" | "stale">;
  locale: string;
  className?: string;
  /** Said after the date of a confirmation more than a year old, where there is room for it. */
  staleNote?: string;
}

/**
 * "Bekreftet av senteret 3. mars 2026" for a record the centre confirmed in the last twelve
 * months, "Sist bekreftet …" for an older one. Nothing for a record no centre has confirmed: each
 * place says that in its own words.
 */
export function ConfirmationStatus({ confirmation, text, locale, className, staleNote }: ConfirmationStatusProps) {
  if (confirmation.status === "unconfirmed") return null;
  const date = formatDate(confirmation.date, locale);
  return (
    <p className={className}>
      {confirmation.status === "confirmed" ? (
        fill(text.confirmed, { date })
      ) : (
        <>
          {fill(text.stale, { date })}
          {staleNote && `. ${staleNote}`}
        </>
      )}
    </p>
  );
}
