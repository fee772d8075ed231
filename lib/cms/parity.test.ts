import { describe, expect, it } from "vitest";
import { editorText } from "../i18n/editor";
import { editorSchemas, helpLineFields, pageFields, SOURCE_TABLE_FIELDS, sourceEntryFields } from "./config";
import { type EditorField, formFields } from "./fields";
import type { JsonSchema } from "./json-schema";
import { parityProblems } from "./parity";
import { loadEditorConfig } from "./load";

const centreFields = (await loadEditorConfig({})).collections.find((collection) => collection.name === "sentre")!.fields as EditorField[];

function withoutField(fields: readonly EditorField[], path: readonly string[]): EditorField[] {
  const [name, ...rest] = path;
  return fields.flatMap((field) => {
    if (field.name !== name) return [field];
    if (rest.length === 0) return [];
    return [{ ...field, fields: withoutField(field.fields ?? [], rest) }];
  });
}

function withExtraProperty(schema: JsonSchema, name: string): JsonSchema {
  return { ...schema, properties: { ...schema.properties, [name]: { type: "string" } } };
}

describe("schema ↔ editor parity", () => {
  it("gives every field of the registry, the pages' frontmatter, the help lines and the table of sources a form field, and no other", () => {
    expect(parityProblems(editorSchemas.centre, centreFields)).toEqual([]);
    expect(parityProblems(editorSchemas.page, pageFields(), ["body"])).toEqual([]);
    expect(parityProblems(editorSchemas.helpLines.items!, helpLineFields())).toEqual([]);
    expect(
      parityProblems(editorSchemas.sources.additionalProperties as JsonSchema, sourceEntryFields(), [SOURCE_TABLE_FIELDS.key]),
    ).toEqual([]);
  });

  it("fails when a field is dropped from the editor, at any depth", () => {
    expect(parityProblems(editorSchemas.centre, withoutField(centreFields, ["phoneHours"]))).toEqual([
      '"phoneHours" is in the schema but has no field in the editor',
    ]);
    expect(parityProblems(editorSchemas.centre, withoutField(centreFields, ["address", "postcode"]))).toEqual([
      '"address.postcode" is in the schema but has no field in the editor',
    ]);
    expect(parityProblems(editorSchemas.centre, withoutField(centreFields, ["sources", "seen"]))).toEqual([
      '"sources.seen" is in the schema but has no field in the editor',
    ]);
  });

  it("fails when a field is dropped from the schema, or added to the editor only", () => {
    const withoutNotes = {
      ...editorSchemas.centre,
      properties: Object.fromEntries(Object.entries(editorSchemas.centre.properties!).filter(([name]) => name !== "notes")),
    };
    expect(parityProblems(withoutNotes, centreFields)).toEqual(['"notes" is a field in the editor but not in the schema']);
    expect(parityProblems(editorSchemas.page, pageFields())).toEqual(['"body" is a field in the editor but not in the schema']);
  });

  it("will not build a form for a schema field that has no Norwegian label", () => {
    expect(() =>
      formFields(withExtraProperty(editorSchemas.page, "author"), editorText.fields.page, { common: editorText.common }),
    ).toThrow('The editor has no text for the field "author": add it to lib/i18n/editor.ts');
  });
});
