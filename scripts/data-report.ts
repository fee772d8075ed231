/**
 * `npm run data:report`: what each centre's record lacks or has not had confirmed, the stale
 * confirmations, and the totals; the to-do list for the phone round.
 *
 * `npm run data:report -- --format csv` writes phone-round/centres.csv (one row per centre, one
 * column per published field, and what is missing); `--format md` writes a checklist per centre,
 * phone-round/<id>.md, to send to that centre. `--out <folder>` writes elsewhere.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { todayInNorway } from "../lib/schema/dates";
import { loadGeography } from "../lib/geo/load";
import { pathsFor } from "../lib/site/paths";
import { type PhoneRoundContext, phoneRoundChecklist, phoneRoundCsv } from "../lib/registry/phone-round";
import { readRegistryFiles, registryContext } from "../lib/registry/load";
import { formatReport, registryReport } from "../lib/registry/report";
import { validateRegistry } from "../lib/registry/validate";
import { SITE_URL } from "../lib/site/settings";

const { values } = parseArgs({ options: { format: { type: "string", default: "text" }, out: { type: "string", default: "phone-round" } } });
const { records, warnings } = validateRegistry(readRegistryFiles(), registryContext());
const today = todayInNorway();

if (values.format === "text") {
  console.log(formatReport(registryReport(records, today), warnings));
} else if (values.format === "csv" || values.format === "md") {
  const { municipalities, counties } = loadGeography();
  const context: PhoneRoundContext = {
    today,
    municipalityName: (number) => municipalities.find((municipality) => municipality.number === number)?.name ?? number,
    countyName: (number) => counties.find((county) => county.number === number)?.name ?? number,
    pageUrl: (id) => `${SITE_URL}${pathsFor("nb").centre(id)}`,
  };
  await mkdir(values.out, { recursive: true });
  const files =
    values.format === "csv"
      ? [{ name: "centres.csv", content: phoneRoundCsv(records, context) }]
      : records.map((record) => ({ name: `${record.id}.md`, content: phoneRoundChecklist(record, context) }));
  await Promise.all(files.map((file) => writeFile(path.join(values.out, file.name), file.content)));
  console.log(`data:report: ${files.length} ${values.format === "csv" ? "file" : "checklists"} written to ${values.out}/`);
} else {
  throw new Error(`Unknown --format "${values.format}": use text, csv or md`);
}
