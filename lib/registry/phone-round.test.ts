import { describe, expect, it } from "vitest";
import { loadGeography } from "../geo/load";
import { editorText } from "../i18n/editor";
import { readRegistryFiles, registryContext } from "./load";
import { PUBLISHED_FIELDS, type PhoneRoundContext, phoneRoundChecklist, phoneRoundCsv, publishedValue } from "./phone-round";
import { centreRecordSchema } from "./schema";
import { validateRegistry } from "./validate";

const { records } = validateRegistry(readRegistryFiles(), registryContext());
const { municipalities, counties } = loadGeography();
const context: PhoneRoundContext = {
  today: "2026-11-29",
  municipalityName: (number) => municipalities.find((municipality) => municipality.number === number)!.name,
  countyName: (number) => counties.find((county) => county.number === number)!.name,
  pageUrl: (id) => `https://noksentrene.no/sentre/${id}/`,
};

/** RFC 4180: cells split by commas, rows by CRLF, quoted cells may hold both. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') cell += text[++index];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      rows.at(-1)!.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      rows.at(-1)!.push(cell);
      cell = "";
      rows.push([]);
      index++;
    } else cell += char;
  }
  return rows.filter((row) => row.length > 0);
}

describe("the phone-round kit", () => {
  const [header, ...rows] = parseCsv(phoneRoundCsv(records, context));

  it("has one row per centre and one column per published field, then what is missing", () => {
    expect(rows).toHaveLength(records.length);
    expect(PUBLISHED_FIELDS).toEqual(Object.keys(centreRecordSchema.shape).filter((field) => field !== "notes"));
    expect(header).toEqual([...PUBLISHED_FIELDS.map((field) => editorText.fields.centre[field].label), editorText.report.gapsColumn]);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it("writes each value as the site publishes it, and leaves a gap empty", () => {
    const gjovik = Object.fromEntries(header!.map((label, index) => [label, rows.find((row) => row[0] === "nok-gjovik")![index]]));
    expect(gjovik).toMatchObject({
      Telefonnummer: "61 17 14 00",
      Besøksadresse: "Glassverksgt. 5, 2815 Gjøvik",
      "Kommunen senteret ligger i": "3407 Gjøvik",
      "Tilbud til pårørende": "ja",
      "E-post": "",
      Bekreftelse: "Bare fra offentlige kilder",
    });
    expect(gjovik["Mangler eller er ikke bekreftet"]).toContain("E-post");
    const elverum = records.find((record) => record.id === "nok-elverum")!;
    expect(publishedValue(elverum, "contributingMunicipalities", context)).toBe(
      "3420 Elverum; 3419 Våler; 3422 Åmot; 3425 Engerdal; 3421 Trysil; 3418 Åsnes; 3417 Grue; 3414 Nord-Odal",
    );
  });

  it("gives each centre a checklist of what the site says, what is missing and how to confirm it", () => {
    const checklist = phoneRoundChecklist(
      records.find((record) => record.id === "nok-gjovik")!,
      context,
    );
    expect(checklist).toContain("# Nok. Gjøvik: opplysningene på nettstedet");
    expect(checklist).toContain("- [ ] **Telefonnummer:** 61 17 14 00");
    expect(checklist).toContain("- [ ] **E-post:** ukjent");
    expect(checklist).toContain("## Dette mangler eller er ikke bekreftet\n\n- [ ] Bekreftelse av telefonnummeret");
    expect(checklist).toContain("Senteret har ikke bekreftet opplysningene ennå.");
  });
});
