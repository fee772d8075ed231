import { confirmationOf } from "./confirmation";
import type { CentreRecord } from "./schema";

/** A check for the maintainers' phone round: what is missing, and whether a record lacks it as of `today`. */
interface GapCheck {
  id: string;
  label: string;
  missing: (record: CentreRecord, today: string) => boolean;
}

const GAPS = [
  { id: "phone", label: "phone number", missing: (record) => record.phone === null },
  {
    id: "phoneNotOwn",
    label: "phone is not the centre's own line",
    missing: (record) => record.phoneKind !== null && record.phoneKind !== "centre",
  },
  { id: "phoneInDoubt", label: "phone number in doubt (see phoneNote)", missing: (record) => record.phoneNote !== null },
  { id: "email", label: "e-mail", missing: (record) => record.email === null },
  { id: "website", label: "website", missing: (record) => record.website === null },
  { id: "street", label: "street address", missing: (record) => !record.address?.street },
  { id: "postcode", label: "postcode", missing: (record) => !record.address?.postcode },
  { id: "position", label: "position (map point is approximate or unknown)", missing: (record) => record.position === null },
  { id: "municipality", label: "municipality it is located in", missing: (record) => record.municipality === null },
  { id: "host", label: "host municipality (stated by a source)", missing: (record) => record.hostMunicipalities === null },
  { id: "contributing", label: "contributing municipalities", missing: (record) => record.contributingMunicipalities === null },
  { id: "minAge", label: "age limit", missing: (record) => record.minAge === null },
  { id: "relatives", label: "offer for relatives", missing: (record) => record.relatives === null },
  { id: "children", label: "offer for children", missing: (record) => record.childrenOffer === null },
  { id: "languages", label: "languages", missing: (record) => record.languages === null },
  { id: "interpreters", label: "interpreters", missing: (record) => record.interpreters === null },
  { id: "confirmation", label: "confirmation by the centre", missing: (record) => record.verification !== "confirmed-by-centre" },
  {
    id: "stale",
    label: "confirmation more than 12 months old",
    missing: (record, today) => confirmationOf(record, today).status === "stale",
  },
] as const satisfies readonly GapCheck[];

export type GapId = (typeof GAPS)[number]["id"];

export interface RegistryReport {
  centres: { id: string; name: string; gaps: GapId[] }[];
  totals: { id: GapId; label: string; count: number }[];
  size: number;
}

/** What each centre's record lacks or has not had confirmed as of `today`, and how many records lack each thing. */
export function registryReport(records: readonly CentreRecord[], today: string): RegistryReport {
  const gaps: readonly (GapCheck & { id: GapId })[] = GAPS;
  return {
    centres: records.map((record) => ({
      id: record.id,
      name: record.name,
      gaps: gaps.filter((gap) => gap.missing(record, today)).map((gap) => gap.id),
    })),
    totals: gaps.map((gap) => ({ id: gap.id, label: gap.label, count: records.filter((record) => gap.missing(record, today)).length })),
    size: records.length,
  };
}

function gapLabel(id: GapId): string {
  return GAPS.find((gap) => gap.id === id)!.label;
}

/** The report for maintainers, in the terminal. */
export function formatReport(report: RegistryReport, warnings: readonly string[]): string {
  const lines: string[] = [];
  for (const centre of report.centres) {
    lines.push(`${centre.name} (content/centres/${centre.id}.json)`);
    lines.push(
      ...(centre.gaps.length ? centre.gaps.map((gap) => `  - missing or unconfirmed: ${gapLabel(gap)}`) : ["  - complete and confirmed"]),
    );
  }
  const stale = report.centres.filter((centre) => centre.gaps.includes("stale"));
  lines.push("", `Stale (confirmed more than 12 months ago): ${stale.length ? stale.map((centre) => centre.name).join(", ") : "none"}`);
  lines.push("", `Totals over ${report.size} centres:`);
  lines.push(...report.totals.map((total) => `  ${String(total.count).padStart(3)}  ${total.label}`));
  if (warnings.length) lines.push("", "Warnings:", ...warnings.map((warning) => `  - ${warning}`));
  return lines.join("\n");
}
