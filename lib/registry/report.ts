import type { CentreRecord } from "./schema";

/** A check for the maintainers' phone round: a label, and whether a record lacks it. */
interface Gap {
  label: string;
  missing: (record: CentreRecord) => boolean;
}

const GAPS: readonly Gap[] = [
  { label: "phone number", missing: (record) => record.phone === null },
  { label: "phone is not the centre's own line", missing: (record) => record.phoneKind !== null && record.phoneKind !== "centre" },
  { label: "phone number in doubt (see phoneNote)", missing: (record) => record.phoneNote !== null },
  { label: "e-mail", missing: (record) => record.email === null },
  { label: "website", missing: (record) => record.website === null },
  { label: "street address", missing: (record) => !record.address?.street },
  { label: "postcode", missing: (record) => !record.address?.postcode },
  { label: "position (map point is approximate or unknown)", missing: (record) => record.position === null },
  { label: "municipality it is located in", missing: (record) => record.municipality === null },
  { label: "host municipality (stated by a source)", missing: (record) => record.hostMunicipalities === null },
  { label: "contributing municipalities", missing: (record) => record.contributingMunicipalities === null },
  { label: "age limit", missing: (record) => record.minAge === null },
  { label: "offer for relatives", missing: (record) => record.relatives === null },
  { label: "offer for children", missing: (record) => record.childrenOffer === null },
  { label: "languages", missing: (record) => record.languages === null },
  { label: "interpreters", missing: (record) => record.interpreters === null },
  { label: "confirmation by the centre", missing: (record) => record.verification !== "confirmed-by-centre" },
];

export interface RegistryReport {
  centres: { id: string; name: string; gaps: string[] }[];
  totals: { label: string; count: number }[];
  size: number;
}

/** What each centre's record lacks or has not had confirmed, and how many records lack each thing. */
export function registryReport(records: readonly CentreRecord[]): RegistryReport {
  return {
    centres: records.map((record) => ({
      id: record.id,
      name: record.name,
      gaps: GAPS.filter((gap) => gap.missing(record)).map((gap) => gap.label),
    })),
    totals: GAPS.map((gap) => ({ label: gap.label, count: records.filter(gap.missing).length })),
    size: records.length,
  };
}

export function formatReport(report: RegistryReport, warnings: readonly string[]): string {
  const lines: string[] = [];
  for (const centre of report.centres) {
    lines.push(`${centre.name} (content/centres/${centre.id}.json)`);
    lines.push(...(centre.gaps.length ? centre.gaps.map((gap) => `  - missing or unconfirmed: ${gap}`) : ["  - complete and confirmed"]));
  }
  lines.push("", `Totals over ${report.size} centres:`);
  lines.push(...report.totals.map((total) => `  ${String(total.count).padStart(3)}  ${total.label}`));
  if (warnings.length) lines.push("", "Warnings:", ...warnings.map((warning) => `  - ${warning}`));
  return lines.join("\n");
}
