import type { RegistryReport } from "./report";

/**
 * How complete the registry is, for /om-data/: counted from the same checks as the phone-round
 * report (lib/registry/report.ts), so that the page and the maintainers' list agree.
 */
export interface RegistryCoverage {
  centres: number;
  phones: number;
  ownPhones: number;
  /** Confirmed by the centre in the last twelve months. */
  confirmed: number;
  /** Confirmed by the centre more than twelve months ago. */
  stale: number;
  /** With a map point from a street address or postcode, not only the municipality. */
  positions: number;
  /** With a list of the municipalities that have an agreement with the centre. */
  agreementLists: number;
}

export function registryCoverage(report: RegistryReport): RegistryCoverage {
  const lacking = (id: RegistryReport["totals"][number]["id"]) => report.totals.find((total) => total.id === id)!.count;
  const stale = lacking("stale");
  return {
    centres: report.size,
    phones: report.size - lacking("phone"),
    ownPhones: report.size - lacking("phone") - lacking("phoneNotOwn"),
    confirmed: report.size - lacking("confirmation") - stale,
    stale,
    positions: report.size - lacking("position"),
    agreementLists: report.size - lacking("contributing"),
  };
}
