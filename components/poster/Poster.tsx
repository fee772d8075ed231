import { ConfirmationStatus } from "@/components/confirmation-status";
import { PhoneLink } from "@/components/phone-link";
import type { HelpLine } from "@/lib/phone/help-lines";
import { fill } from "@/lib/i18n/format";
import type { BokmalOnlyText } from "@/lib/i18n/bokmal-only";
import type { Dictionary } from "@/lib/i18n/types";
import { qrCodeShape } from "@/lib/share/qr-code";
import type { Centre } from "@/lib/registry/centres";
import { addressLine, websiteLabel } from "@/lib/registry/summary";
import { QrCode } from "./Poster.qr";
import "./poster.css";

export interface PosterProps {
  centre: Centre;
  /** The centre page's absolute address: what the QR code opens and the poster prints. */
  centreUrl: string;
  /** The national lines printed instead of a centre number that is unknown. */
  alternativeLines: readonly HelpLine[];
  /** The number to call when someone is in danger now. */
  emergencyLine: HelpLine;
  text: Pick<Dictionary, "meta" | "helpNow" | "centre" | "centrePage"> & Pick<BokmalOnlyText, "poster">;
}

/** Names longer than this get smaller type, so that the poster still fits one A4 sheet. */
const LONG_NAME = 36;

/**
 * One centre on an A4 sheet: who it is for, that it is free and needs no referral, how to call or
 * find it, and a QR code to its page. It prints only what the registry knows: an unknown age limit
 * or offer to relatives is left out, never guessed, and an unknown number gives way to the national
 * 24-hour lines.
 */
export function Poster({ centre, centreUrl, alternativeLines, emergencyLine, text }: PosterProps) {
  const t = text.poster;
  const address = addressLine(centre.address);
  const phoneKindNote = centre.phoneKind && centre.phoneKind !== "centre" ? text.centre.phoneKindNote[centre.phoneKind] : null;
  const audience = [
    centre.audienceNote?.nb ?? t.audience[centre.kind],
    centre.minAge !== null && fill(t.minAge, { age: centre.minAge }),
    centre.relatives && t.relatives,
    centre.childrenOffer?.nb,
  ].filter((line): line is string => Boolean(line));

  return (
    <section className="poster" aria-labelledby="plakat-navn">
      <p className="poster__kicker">{t.kicker}</p>
      <h2 id="plakat-navn" className={centre.name.length > LONG_NAME ? "poster__name poster__name--long" : "poster__name"}>
        {centre.name}
      </h2>
      <ul className="poster__audience">
        {audience.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="poster__free">{t.free}</p>

      <div className="poster__contact">
        {centre.phone && centre.tel ? (
          <>
            <p className="poster__call">
              {t.call} <PhoneLink number={centre.phone} tel={centre.tel} className="poster__number" />
            </p>
            {phoneKindNote && <p>{phoneKindNote}</p>}
            {centre.phoneHours && (
              <p>
                {text.centrePage.phoneHours} {centre.phoneHours.nb}
              </p>
            )}
            {centre.phoneNote && <p className="poster__small">{centre.phoneNote.nb}</p>}
          </>
        ) : (
          <>
            <p className="poster__call">{t.noPhone}</p>
            <ul className="poster__lines">
              {alternativeLines.map((line) => (
                <li key={line.id}>
                  <PhoneLink number={line.number} tel={line.tel} className="poster__number" /> {text.helpNow.lines[line.id].name}
                </li>
              ))}
            </ul>
          </>
        )}
        {centre.address?.street && address ? (
          <p>{fill(t.address, { address })}</p>
        ) : (
          centre.place && <p>{fill(t.place, { place: centre.place })}</p>
        )}
        {centre.website && <p>{fill(t.website, { website: websiteLabel(centre.website) })}</p>}
      </div>

      <div className="poster__more">
        <QrCode shape={qrCodeShape(centreUrl)} label={t.qrLabel} />
        <p>
          {t.readMore}
          <br />
          <strong className="poster__url">{websiteLabel(centreUrl)}</strong>
        </p>
      </div>

      <div className="poster__footer">
        {centre.confirmation.status === "unconfirmed" ? (
          <p className="poster__small">{t.unconfirmed}</p>
        ) : (
          <ConfirmationStatus confirmation={centre.confirmation} text={text.centre} locale="nb" className="poster__small" />
        )}
        <p>
          <strong>{fill(t.emergency, { number: emergencyLine.number })}</strong> <span className="poster__site">{text.meta.siteName}</span>
        </p>
      </div>
    </section>
  );
}
