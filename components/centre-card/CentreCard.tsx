import type { ReactNode } from "react";
import { ConfirmationStatus } from "@/components/confirmation-status";
import { PhoneLink } from "@/components/phone-link";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { CentreSummary } from "@/lib/registry/summary";
import "./centre-card.css";

export interface CentreCardProps {
  centre: CentreSummary;
  text: Dictionary["centre"];
  locale: string;
  /** Straight-line distance from the visitor's place, when there is one. */
  distanceKm?: number;
  /** A line above the name, such as "Senteret for Trysil". */
  badge?: ReactNode;
  /** The heading level that fits the list the card is in. */
  headingLevel?: 2 | 3 | 4;
}

/** Rounds to whole kilometres, or one decimal under 10 km, in the locale's way of writing numbers. */
function formatKm(km: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/**
 * One centre in a list: its name (linked to its page), place, phone as a link that calls (or that
 * the number is unknown), address, how far away it is, and whether the centre has confirmed it.
 * Works without JavaScript.
 */
export function CentreCard({ centre, text, locale, distanceKm, badge, headingLevel = 3 }: CentreCardProps) {
  const Heading = `h${headingLevel}` as const;
  const approximate = centre.precision === "municipality";
  return (
    <article className="centre-card">
      {badge && <p className="centre-card__badge">{badge}</p>}
      <Heading className="centre-card__name">
        <a href={centre.href}>{centre.name}</a>
      </Heading>
      {(centre.address ?? centre.place) && <p className="centre-card__address">{centre.address ?? centre.place}</p>}
      <p className="centre-card__phone">
        {centre.tel && centre.phone ? (
          <>
            <PhoneLink number={centre.phone} tel={centre.tel} hiddenPrefix={text.call} />
            {centre.phoneKind && centre.phoneKind !== "centre" && (
              <span className="centre-card__note"> ({text.phoneKindNote[centre.phoneKind]})</span>
            )}
          </>
        ) : (
          text.phoneUnknown
        )}
      </p>
      {distanceKm !== undefined && Number.isFinite(distanceKm) && (
        <p className="centre-card__distance">
          {fill(approximate ? text.approximateDistance : text.distance, { km: formatKm(distanceKm, locale) })}
        </p>
      )}
      <ConfirmationStatus confirmation={centre.confirmation} text={text} locale={locale} className="centre-card__confirmation" />
      {centre.precision === null ? (
        <p className="centre-card__flag">{text.unknownLocation}</p>
      ) : (
        approximate && <p className="centre-card__flag">{text.approximateLocation}</p>
      )}
    </article>
  );
}
