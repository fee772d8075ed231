import { DataFileError, describeIssue } from "../schema/validation";
import { type CentreRecord, centreRecordSchema } from "./schema";

export interface RegistryFile {
  /** Path for messages, e.g. content/centres/nok-elverum.json. */
  file: string;
  data: unknown;
}

/** What the registry is checked against: the reference data in content/geo/. */
export interface RegistryContext {
  municipalityCounty: ReadonlyMap<string, string>;
  countyNumbers: ReadonlySet<string>;
  postcodeMunicipality: ReadonlyMap<string, string | null>;
}

export interface ValidatedRegistry {
  records: CentreRecord[];
  /** Doubts a maintainer should resolve, which do not stop the build. */
  warnings: string[];
}

function idFromFile(file: string): string {
  return file.replace(/^.*\//, "").replace(/\.json$/, "");
}

/** Problems that need the other reference data to see. */
function referenceProblems(record: CentreRecord, context: RegistryContext): string[] {
  const problems: string[] = [];
  const checkMunicipality = (field: string, number: string) => {
    if (!context.municipalityCounty.has(number)) problems.push(`field "${field}": ${number} is not one of the 357 municipality numbers`);
  };
  if (record.municipality !== null) {
    checkMunicipality("municipality", record.municipality);
    const county = context.municipalityCounty.get(record.municipality);
    if (county && county !== record.county)
      problems.push(`field "county": ${record.county} does not match municipality ${record.municipality}, which is in county ${county}`);
  }
  record.hostMunicipalities?.forEach((number, index) => checkMunicipality(`hostMunicipalities.${index}`, number));
  record.contributingMunicipalities?.forEach((number, index) => checkMunicipality(`contributingMunicipalities.${index}`, number));
  if (!context.countyNumbers.has(record.county)) problems.push(`field "county": ${record.county} is not one of the 15 county numbers`);
  record.countiesServed?.forEach((number, index) => {
    if (!context.countyNumbers.has(number)) problems.push(`field "countiesServed.${index}": ${number} is not one of the 15 county numbers`);
  });
  const postcode = record.address?.postcode;
  if (postcode != null) {
    if (!context.postcodeMunicipality.has(postcode)) problems.push(`field "address.postcode": ${postcode} is not in the postcode register`);
    else if (record.municipality !== null && context.postcodeMunicipality.get(postcode) !== record.municipality) {
      problems.push(
        `field "address.postcode": ${postcode} belongs to municipality ${context.postcodeMunicipality.get(postcode)}, not ${record.municipality}`,
      );
    }
  }
  return problems;
}

/** Municipalities that two centres both claim by agreement: not an error, but someone must ask. */
function catchmentConflicts(records: readonly { file: string; record: CentreRecord }[]): string[] {
  const claimedBy = new Map<string, string[]>();
  for (const { record } of records) {
    for (const number of record.contributingMunicipalities ?? []) claimedBy.set(number, [...(claimedBy.get(number) ?? []), record.id]);
  }
  return [...claimedBy]
    .filter(([, ids]) => ids.length > 1)
    .map(([number, ids]) => `municipality ${number} is listed as contributing by ${ids.join(" and ")}: check which agreement is current`);
}

/**
 * Validates every centre file and the registry as a whole. Throws one DataFileError listing each
 * problem with its file and field; returns the records and the warnings otherwise.
 */
export function validateRegistry(files: readonly RegistryFile[], context: RegistryContext): ValidatedRegistry {
  const problems: string[] = [];
  const valid: { file: string; record: CentreRecord }[] = [];
  const fileById = new Map<string, string>();

  for (const { file, data } of files) {
    const parsed = centreRecordSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${file}: ${describeIssue(issue)}`));
      continue;
    }
    const record = parsed.data;
    if (record.id !== idFromFile(file)) problems.push(`${file}: field "id": "${record.id}" must match the file name "${idFromFile(file)}"`);
    const earlier = fileById.get(record.id);
    if (earlier) problems.push(`${file}: field "id": "${record.id}" is already used by ${earlier}`);
    fileById.set(record.id, file);
    problems.push(...referenceProblems(record, context).map((problem) => `${file}: ${problem}`));
    valid.push({ file, record });
  }

  if (problems.length > 0) throw new DataFileError("content/centres", problems);
  return { records: valid.map(({ record }) => record), warnings: catchmentConflicts(valid) };
}
