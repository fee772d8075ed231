import type { Municipality } from "@/lib/geo/geography";
import type { HelpLine } from "@/lib/phone/help-lines";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/types";
import { Localized } from "./CentreDetails.localized";
import type { Centre } from "@/lib/registry/centres";
import type { ServedMunicipalities } from "@/lib/registry/served-municipalities";
import { addressLine, citeRegistrySource, websiteLabel } from "@/lib/registry/summary";
import { ConfirmationStatus } from "@/components/confirmation-status";
import { PhoneLink } from "@/components/phone-link";
import { SourceList } from "@/components/source-list";
import { MunicipalityLinks } from "./CentreDetails.municipalities";
import "./centre-details.css";

export interface CentreDetailsProps {
  centre: Centre;
  /** The municipality the centre is located in, when known. */
  municipality: Municipality | null;
  served: ServedMunicipalities;
  /** The national lines offered when the centre's own number is unknown. */
  alternativeLines: readonly HelpLine[];
  municipalityHref: (municipality: Municipality) => string;
  reportEmail: string;
  /** The centre's printable poster (in bokmål). */
  posterHref: string;
  locale: Locale;
  text: Pick<Dictionary, "centre" | "centrePage" | "helpNow" | "languageNames" | "content">;
}

function listFormat(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** A link that hands the address to the visitor's own map app; nothing is sent anywhere until it is tapped. */
function mapAppHref(address: string): string {
  return `geo:0,0?q=${encodeURIComponent(address)}`;
}

/** Everything the site knows about one centre, and honestly what it does not know. */
export function CentreDetails({
  centre,
  municipality,
  served,
  alternativeLines,
  municipalityHref,
  reportEmail,
  posterHref,
  locale,
  text,
}: CentreDetailsProps) {
  const t = text.centrePage;
  const address = addressLine(centre.address);
  const hasStreet = Boolean(centre.address?.street);
  const languageNames = centre.languages?.map((code) => text.languageNames[code as keyof typeof text.languageNames] ?? code);
  const servedGroups = [
    { label: t.hosts, list: served.host },
    { label: t.contributing, list: served.agreement },
    { label: t.located, list: served.located },
    { label: t.nearestFor, list: served.nearest },
  ].filter((group) => group.list.length > 0);

  return (
    <div className="centre-details">
      {centre.formerNames.length > 0 && <p>{fill(t.formerNames, { names: centre.formerNames.join(", ") })}</p>}
      {centre.confirmation.status === "unconfirmed" && <p className="notice">{t.unconfirmed}</p>}
      {centre.confirmation.status === "stale" && (
        <ConfirmationStatus
          confirmation={centre.confirmation}
          text={text.centre}
          locale={locale}
          className="notice"
          staleNote={t.staleNote}
        />
      )}
      {centre.audienceNote && <Localized as="p" className="lead" value={centre.audienceNote} locale={locale} />}

      <h2>{t.contactHeading}</h2>
      {centre.phone && centre.tel ? (
        <div className="contact-block">
          <p>
            {t.phone}: <PhoneLink number={centre.phone} tel={centre.tel} className="contact-block__phone" />
          </p>
          {centre.phoneKind && centre.phoneKind !== "centre" && <p>{text.centre.phoneKindNote[centre.phoneKind]}</p>}
          {centre.phoneHours && (
            <p>
              {t.phoneHours} <Localized value={centre.phoneHours} locale={locale} />
            </p>
          )}
          {centre.phoneNote && <Localized as="p" value={centre.phoneNote} locale={locale} />}
        </div>
      ) : (
        <div className="contact-block contact-block--unknown">
          <p>
            <strong>{t.noPhone}</strong>
          </p>
          {centre.website && (
            <p>
              {t.websiteAlternative}{" "}
              <a href={centre.website} rel="noreferrer">
                {websiteLabel(centre.website)}
              </a>
            </p>
          )}
          <p>{t.noPhoneAlternatives}</p>
          <ul>
            {alternativeLines.map((line) => (
              <li key={line.id}>
                <PhoneLink number={line.number} tel={line.tel} /> {text.helpNow.lines[line.id].name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {centre.email && (
        <p>
          {t.email}: <a href={`mailto:${centre.email}`}>{centre.email}</a>. {t.emailWarning}
        </p>
      )}
      {centre.website && centre.phone && (
        <p>
          {t.website}:{" "}
          <a href={centre.website} rel="noreferrer">
            {websiteLabel(centre.website)}
          </a>
        </p>
      )}

      <h2>{t.addressHeading}</h2>
      {hasStreet && address ? (
        <>
          <p>{address}</p>
          <p>
            <a href={mapAppHref(address)}>{t.openInMaps}</a>
          </p>
        </>
      ) : centre.place ? (
        <p>{fill(t.placeOnly, { place: centre.place })}</p>
      ) : (
        <p>{t.addressUnknown}</p>
      )}
      {centre.location?.precision === "municipality" && municipality && (
        <p>
          <strong>{t.approximateLocation}.</strong> {fill(t.approximateExplained, { municipality: municipality.name })}
        </p>
      )}
      {centre.location === null && (
        <p>
          <strong>{t.unknownLocation}.</strong> {t.unknownLocationExplained}
        </p>
      )}

      <h2>{t.audienceHeading}</h2>
      <ul>
        <li>{centre.minAge !== null ? fill(t.minAge, { age: centre.minAge }) : t.minAgeUnknown}</li>
        <li>{centre.relatives ? t.relativesYes : t.relativesUnknown}</li>
        <li>{centre.childrenOffer ? <Localized value={centre.childrenOffer} locale={locale} /> : t.childrenUnknown}</li>
        <li>{languageNames ? fill(t.languages, { languages: listFormat(languageNames, locale) }) : t.languagesUnknown}</li>
        <li>{centre.interpreters ? `${t.interpretersYes}${centre.signLanguage ? ` ${t.signLanguageYes}` : ""}` : t.interpretersUnknown}</li>
      </ul>

      <h2>{t.municipalitiesHeading}</h2>
      {servedGroups.length > 0 ? (
        servedGroups.map((group) => (
          <MunicipalityLinks key={group.label} label={group.label} municipalities={group.list} hrefFor={municipalityHref} locale={locale} />
        ))
      ) : (
        <p>{t.noMunicipalities}</p>
      )}

      <p>
        <a href={posterHref} hrefLang="nb">
          {t.posterLink}
        </a>
      </p>

      <h2>{t.aboutDataHeading}</h2>
      {centre.confirmation.status === "unconfirmed" ? (
        <p>{t.notVerified}</p>
      ) : (
        <ConfirmationStatus confirmation={centre.confirmation} text={text.centre} locale={locale} />
      )}
      <p>
        <a href={`mailto:${reportEmail}?subject=${encodeURIComponent(t.reportSubject)}`}>{t.reportError}</a>
      </p>
      <SourceList
        heading={t.sourcesHeading}
        headingLevel={3}
        sources={centre.sources.map(citeRegistrySource).filter((source) => source !== null)}
        locale={locale}
        text={text.content}
      />
    </div>
  );
}
