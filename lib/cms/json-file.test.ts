import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorSchemas, HELP_LINES_FIELD, SOURCE_TABLE_FIELDS } from "./config";
import { formatJson, jsonFileFormat, recordFileFormat } from "./json-file";

const centreFormat = jsonFileFormat(editorSchemas.centre);
const centreFiles = readdirSync(path.join("content", "centres")).map((name) => path.join("content", "centres", name));

function changedLines(before: string, after: string): string[] {
  const afterLines = after.split("\n");
  return before.split("\n").flatMap((line, index) => (line === afterLines[index] ? [] : [`${line} → ${afterLines[index]}`]));
}

describe("the editor's JSON format", () => {
  it("is the repository's: writing back what it read changes no registry record and not the help lines", () => {
    for (const file of centreFiles) {
      const text = readFileSync(file, "utf8");
      expect(centreFormat.toFile(centreFormat.fromFile(text)), file).toBe(text);
    }
    const helpLines = readFileSync(path.join("content", "help-lines.json"), "utf8");
    const helpLinesFormat = jsonFileFormat(editorSchemas.helpLines, HELP_LINES_FIELD);
    expect(helpLinesFormat.toFile(helpLinesFormat.fromFile(helpLines))).toBe(helpLines);
  });

  it("edits the table of sources as a list and writes it back as the file has it: keyed, in key order, defaults left out", () => {
    const text = readFileSync(path.join("content", "sources.json"), "utf8");
    const format = recordFileFormat(editorSchemas.sources, SOURCE_TABLE_FIELDS.list, SOURCE_TABLE_FIELDS.key);
    const data = format.fromFile(text);
    expect(format.toFile(data)).toBe(text);
    const entries = data[SOURCE_TABLE_FIELDS.list] as Record<string, unknown>[];
    const added = { key: "https://www.bufdir.no/ny-side/", publisher: "Bufdir", title: "Ny side", lang: "nb" };
    const written = JSON.parse(format.toFile({ [SOURCE_TABLE_FIELDS.list]: [added, ...entries] })) as Record<string, unknown>;
    expect(written[added.key]).toEqual({ publisher: "Bufdir", title: "Ny side" });
    expect(Object.keys(written)).toEqual(Object.keys(written).toSorted());
  });

  it("makes a one-field edit a one-line diff", () => {
    const text = readFileSync(path.join("content", "centres", "nok-elverum.json"), "utf8");
    const data = centreFormat.fromFile(text);
    const after = centreFormat.toFile({ ...data, minAge: 18 });
    expect(changedLines(text, after)).toEqual(['  "minAge": 16, →   "minAge": 18,']);
  });

  it("writes keys in the schema's order at every depth, whatever order the editor holds them in", () => {
    const text = readFileSync(path.join("content", "centres", "nok-gjovik.json"), "utf8");
    const data = centreFormat.fromFile(text);
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    const sources = (data.sources as Record<string, unknown>[]).map((source) => Object.fromEntries(Object.entries(source).reverse()));
    expect(centreFormat.toFile({ ...reversed, sources })).toBe(text);
  });

  it("writes an emptied answer as unknown (null), or leaves an optional key out", () => {
    const data = centreFormat.fromFile(readFileSync(path.join("content", "centres", "nok-gjovik.json"), "utf8"));
    const written = JSON.parse(
      centreFormat.toFile({
        ...data,
        phone: "",
        phoneKind: null,
        phoneHours: { nb: "Mandag–fredag 08.00–15.30", en: "" },
        relatives: "",
        languages: [],
        address: { street: "", postcode: "", place: "" },
      }),
    ) as Record<string, unknown>;
    expect(written).toMatchObject({
      phone: null,
      phoneKind: null,
      phoneHours: { nb: "Mandag–fredag 08.00–15.30" },
      relatives: null,
      languages: null,
      address: null,
    });
    expect(written.phoneHours).not.toHaveProperty("en");
  });

  it("turns the form's yes/no answers and numbers typed as text into the schema's booleans and numbers", () => {
    const data = centreFormat.fromFile(readFileSync(path.join("content", "centres", "nok-elverum.json"), "utf8"));
    expect(data).toMatchObject({ nokMember: "true", relatives: "true", interpreters: "true" });
    expect(JSON.parse(centreFormat.toFile({ ...data, signLanguage: "false", minAge: "18" }))).toMatchObject({
      nokMember: true,
      signLanguage: false,
      minAge: 18,
    });
  });

  it("formats JSON as the repository does: two spaces, a newline at the end", () => {
    expect(formatJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
