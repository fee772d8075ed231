import { sourceName } from "../content/sources";
import { editorText } from "../i18n/editor";
import { fill, formatDate } from "../i18n/format";
import { confirmationOf } from "./confirmation";
import { type GapId, registryReport } from "./report";
import { type CentreRecord, centreRecordSchema } from "./schema";

/**
 * The phone-round kit (`npm run data:report -- --format csv|md`): every value the site publishes
 * about a centre, and every gap, in Norwegian, with the same field names as the editor's form:
 * a spreadsheet for the maintainers and a checklist to send to each centre.
 */

/** Every field of a record the site shows or uses: all but the maintainers' own notes. */
export const PUBLISHED_FIELDS = Object.keys(centreRecordSchema.shape).filter((field) => field !== "notes") as Exclude<
  keyof CentreRecord,
  "notes"
>[];
type PublishedField = (typeof PUBLISHED_FIELDS)[number];

export interface PhoneRoundContext {
  /** The build date: what "more than twelve months ago" is counted from. */
  today: string;
  municipalityName: (number: string) => string;
  countyName: (number: string) => string;
  /** The centre's page, for the checklist. */
  pageUrl: (id: string) => string;
}

const t = editorText.report;
const fieldText = editorText.fields.centre;

function choiceLabel(choices: Readonly<Record<string, string>>, value: string): string {
  return choices[value] ?? value;
}

/** A registry source as a line of text: who published it, where, and when it was read. */
function sourceLine(source: CentreRecord["sources"][number]): string {
  const name = source.url ? `${sourceName(source.url)}, ${source.url}` : source.seed ? sourceName(source.seed) : source.description!;
  return `${name} (${source.seen})`;
}

/** One published value as people read it, in Norwegian; null when the registry does not know it. */
export function publishedValue(record: CentreRecord, field: PublishedField, context: PhoneRoundContext): string | null {
  const value = record[field];
  if (value === null) return null;
  const municipality = (number: string) => `${number} ${context.municipalityName(number)}`;
  const county = (number: string) => `${number} ${context.countyName(number)}`;
  switch (field) {
    case "kind":
    case "phoneKind":
    case "verification":
      return choiceLabel(fieldText[field].choices, value as string);
    case "phoneNote":
    case "phoneHours":
    case "childrenOffer":
    case "audienceNote": {
      const text = value as { nb: string; en?: string };
      return text.en ? `${text.nb} (${fill(t.english, { text: text.en })})` : text.nb;
    }
    case "address": {
      const { street, postcode, place } = value as NonNullable<CentreRecord["address"]>;
      return [street, [postcode, place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    }
    case "position": {
      const { lat, lon, source } = value as NonNullable<CentreRecord["position"]>;
      return `${lat}, ${lon} (${choiceLabel(fieldText.position.fields.source.choices, source).toLowerCase()})`;
    }
    case "municipality":
      return municipality(value as string);
    case "county":
      return county(value as string);
    case "hostMunicipalities":
    case "contributingMunicipalities":
      return (value as string[]).map(municipality).join("; ");
    case "countiesServed":
      return (value as string[]).map(county).join("; ");
    case "sources":
      return record.sources.map(sourceLine).join("; ");
    default:
      if (typeof value === "boolean") return value ? t.yes : t.no;
      // What is left are names, numbers (the age limit) and lists of names (former names, languages).
      if (Array.isArray(value)) return value.length ? (value as string[]).join("; ") : null;
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function gapsOf(records: readonly CentreRecord[], today: string): Map<string, GapId[]> {
  return new Map(registryReport(records, today).centres.map((centre) => [centre.id, centre.gaps]));
}

/** One row per centre, one column per published field, and a last column with what is missing or unconfirmed. */
export function phoneRoundCsv(records: readonly CentreRecord[], context: PhoneRoundContext): string {
  const gaps = gapsOf(records, context.today);
  const header = [...PUBLISHED_FIELDS.map((field) => fieldText[field].label), t.gapsColumn];
  const rows = records.map((record) => [
    ...PUBLISHED_FIELDS.map((field) => publishedValue(record, field, context) ?? ""),
    gaps
      .get(record.id)!
      .map((gap) => t.gaps[gap])
      .join("; "),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The fields a centre checks on its list; its id, confirmation and sources have their own parts. */
const CHECKED_FIELDS = PUBLISHED_FIELDS.filter((field) => !["id", "verification", "lastVerified", "sources"].includes(field));

/** A checklist in Markdown to send to one centre: what the site says about it, what is missing, and how to confirm it. */
export function phoneRoundChecklist(record: CentreRecord, context: PhoneRoundContext): string {
  const gaps = gapsOf([record], context.today).get(record.id)!;
  const confirmation = confirmationOf(record, context.today);
  const status =
    confirmation.status === "unconfirmed"
      ? t.status.unconfirmed
      : fill(t.status[confirmation.status], { date: formatDate(confirmation.date, "nb") });
  // Without an audience note the site describes the centre by its kind: nothing to check.
  const checked = CHECKED_FIELDS.filter((field) => field !== "audienceNote" || record.audienceNote !== null);
  const line = (field: PublishedField) => `- [ ] **${fieldText[field].label}:** ${publishedValue(record, field, context) ?? t.unknown}`;
  return [
    `# ${fill(t.checklistTitle, { name: record.name })}`,
    "",
    fill(t.checklistIntro, { url: context.pageUrl(record.id), date: formatDate(context.today, "nb") }),
    "",
    `## ${t.publishedHeading}`,
    "",
    ...checked.map(line),
    "",
    `## ${t.missingHeading}`,
    "",
    ...(gaps.length ? gaps.map((gap) => `- [ ] ${t.gaps[gap]}`) : [t.nothingMissing]),
    "",
    `## ${t.sourcesHeading}`,
    "",
    ...record.sources.map((source) => `- ${sourceLine(source)}`),
    "",
    `## ${t.confirmationHeading}`,
    "",
    status,
    "",
    t.confirmationAsk,
    "",
  ].join("\n");
}
