import type { LatLng } from "../geo/distance";
import type { Geography } from "../geo/geography";
import { type Confirmation, confirmationOf } from "./confirmation";
import type { CentreRecord } from "./schema";
import type { ServingCandidate } from "./serving";

/**
 * How sure the map point is: from a geocoded street address, from the sourced postcode's point,
 * or only the populated point of the centre's municipality ("Omtrentlig plassering").
 */
export type LocationPrecision = "address" | "postcode" | "municipality";

/** A registry record, resolved against the geography and ready for pages and the finder. */
export interface Centre extends Omit<CentreRecord, "hostMunicipalities" | "contributingMunicipalities">, ServingCandidate {
  location: { point: LatLng; precision: LocationPrecision } | null;
  /** The number to dial: "+4797159810". Null when the phone is unknown. */
  tel: string | null;
  /** The place to show with the name: the address's place, else the municipality's name. */
  place: string | null;
  /** Whether the centre has confirmed the record, and how recently, as of the build. */
  confirmation: Confirmation;
}

/** The dialable form of a Norwegian number written with spaces. */
function telFromPhone(phone: string): string {
  return `+47${phone.replace(/\s/g, "")}`;
}

/** A record resolved for the pages; `today` (the build date) decides whether its confirmation is stale. */
export function resolveCentre(record: CentreRecord, geography: Geography, today: string): Centre {
  const municipality = geography.municipalities.find((candidate) => candidate.number === record.municipality) ?? null;
  const location: Centre["location"] = record.position
    ? { point: { lat: record.position.lat, lon: record.position.lon }, precision: record.position.source }
    : municipality
      ? { point: municipality.populatedPoint, precision: "municipality" }
      : null;
  return {
    ...record,
    hostMunicipalities: record.hostMunicipalities ?? [],
    contributingMunicipalities: record.contributingMunicipalities ?? [],
    servesCatchment: record.kind !== "rape-resource-centre",
    location,
    point: location?.point ?? null,
    tel: record.phone ? telFromPhone(record.phone) : null,
    place: record.address?.place ?? municipality?.name ?? null,
    confirmation: confirmationOf(record, today),
  };
}
