import { type Citation, citeReference } from "../content/citation";
import type { Locale } from "../i18n/config";
import { pathsFor } from "../site/paths";
import type { Centre, LocationPrecision } from "./centres";
import type { ServingCandidate } from "./serving";

/**
 * What a list or the finder shows of a centre: small, serializable, and enough to call, find and
 * open it. Also a ServingCandidate, so the finder can rank these in the browser.
 */
export interface CentreSummary extends ServingCandidate {
  name: string;
  href: string;
  place: string | null;
  phone: string | null;
  tel: string | null;
  phoneKind: Centre["phoneKind"];
  /** One line: "Storgata 10, 2408 Elverum"; null when not even the place is known. */
  address: string | null;
  precision: LocationPrecision | null;
  confirmation: Centre["confirmation"];
}

export function addressLine(address: Centre["address"]): string | null {
  if (!address) return null;
  const postal = [address.postcode, address.place].filter(Boolean).join(" ");
  return [address.street, postal].filter(Boolean).join(", ") || null;
}

/** A web address as people read it: "https://www.nokelverum.no/" is "nokelverum.no". */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

export function summarizeCentre(centre: Centre, locale: Locale): CentreSummary {
  return {
    id: centre.id,
    name: centre.name,
    href: pathsFor(locale).centre(centre.id),
    county: centre.county,
    place: centre.place,
    phone: centre.phone,
    tel: centre.tel,
    phoneKind: centre.phoneKind,
    address: addressLine(centre.address),
    precision: centre.location?.precision ?? null,
    confirmation: centre.confirmation,
    point: centre.point,
    municipality: centre.municipality,
    hostMunicipalities: centre.hostMunicipalities,
    contributingMunicipalities: centre.contributingMunicipalities,
    servesCatchment: centre.servesCatchment,
  };
}

/** The source a registry record cites by URL or seed document; one known only by a description has none. */
export function registrySourceReference(source: Centre["sources"][number]): string | null {
  return source.url ?? source.seed ?? null;
}

/**
 * A registry source as a citation for visitors, from the table of sources. Sources known only by a
 * description stay in the registry file for maintainers and are not listed.
 */
export function citeRegistrySource(source: Centre["sources"][number]): Citation | null {
  const reference = registrySourceReference(source);
  return reference === null ? null : citeReference(reference);
}

/** Every source a centre's record cites: what content/sources.json must describe before its page can be built. */
export function registryReferences(centre: Pick<Centre, "sources">): string[] {
  return centre.sources.map(registrySourceReference).filter((reference) => reference !== null);
}
