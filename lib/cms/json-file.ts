import { type JsonSchema, typeOf, withoutNull } from "./json-schema";

/**
 * How the editor reads and writes the repository's JSON files, so that a one-field edit is a
 * one-line diff. Every file is written the same way: the schema's key order at every depth,
 * two spaces of indentation, a newline at the end. Empty answers are written as the schema wants
 * them: null where the schema allows null ("unknown"), left out where the key is optional.
 */

/** JSON as the repository writes it. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value from the editor, in the file's form. Unknown keys are kept, after the known ones, so
 * that the build's check names them instead of the editor dropping data silently.
 */
function fromEditorValue(value: unknown, schema: JsonSchema): unknown {
  const { node } = withoutNull(schema);
  const type = typeOf(node);
  if (type === "boolean" && typeof value === "string") return value === "true";
  if ((type === "integer" || type === "number") && typeof value === "string" && value.trim() !== "") return Number(value);
  if (type === "array" && Array.isArray(value) && node.items) {
    return value.filter((item) => !isEmpty(item)).map((item) => fromEditorValue(item, node.items!));
  }
  if (type === "object" && isPlainObject(value)) return fromEditorObject(value, node);
  return value;
}

function fromEditorObject(value: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const result: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    const entry = value[key];
    // An optional key left at the schema's default is written as the files have it: left out.
    const atDefault = !required.has(key) && property.default !== undefined && entry === property.default;
    if (!isEmpty(entry) && !atDefault) result[key] = fromEditorValue(entry, property);
    else if (withoutNull(property).nullable) result[key] = null;
    else if (required.has(key)) result[key] = entry ?? emptyValue(property);
  }
  for (const [key, entry] of Object.entries(value)) if (!(key in properties)) result[key] = entry;
  return result;
}

/** What a required, non-nullable field holds when the editor sent nothing: "" or [] (the build says if that is not allowed). */
function emptyValue(schema: JsonSchema): unknown {
  const type = typeOf(withoutNull(schema).node);
  return type === "array" ? [] : type === "string" ? "" : null;
}

/**
 * A value from a file, in the form the editor's widgets take: yes/no/unknown answers become
 * "true", "false" or empty, and an unknown list an empty one (written back as null).
 */
function toEditorValue(value: unknown, schema: JsonSchema): unknown {
  const { node, nullable } = withoutNull(schema);
  const type = typeOf(node);
  if (type === "boolean" && nullable && typeof value === "boolean") return String(value);
  if (type === "array" && value === null) return [];
  if (type === "array" && Array.isArray(value) && node.items) return value.map((item) => toEditorValue(item, node.items!));
  if (type === "object" && isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, node.properties?.[key] ? toEditorValue(entry, node.properties[key]) : entry]),
    );
  }
  return value;
}

/** The editor's data for a file whose top level is an object. */
export function toEditorData(data: unknown, schema: JsonSchema): Record<string, unknown> {
  const value = toEditorValue(data, schema);
  if (!isPlainObject(value)) throw new Error("The editor can only edit a file whose top level is an object");
  return value;
}

/** The file's data for what the editor holds: in the schema's order, with empty answers as the schema wants them. */
export function fromEditorData(data: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  return fromEditorObject(data, schema);
}

/** A Decap CMS format: how to read a file into the editor's data, and how to write it back. */
export interface EditorFileFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/**
 * The format of a JSON file described by `schema`. A file whose top level is a list (the help
 * lines) is edited as one list field named `listField`, because Decap edits objects.
 */
export function jsonFileFormat(schema: JsonSchema, listField?: string): EditorFileFormat {
  if (typeOf(schema) === "array") {
    if (!listField) throw new Error("A JSON file whose top level is a list needs a name for its list field");
    const wrapper: JsonSchema = { type: "object", properties: { [listField]: schema }, required: [listField] };
    return {
      fromFile: (content) => toEditorData({ [listField]: JSON.parse(content) as unknown }, wrapper),
      toFile: (data) => formatJson(fromEditorData(data, wrapper)[listField]),
    };
  }
  return {
    fromFile: (content) => toEditorData(JSON.parse(content), schema),
    toFile: (data) => formatJson(fromEditorData(data, schema)),
  };
}

/**
 * The format of a JSON file that is a record keyed by data (the table of sources, keyed by the
 * cited URL or file name). Decap edits it as a list named `listField` whose items carry their key
 * in `keyField`; it is written back as an object in key order, as the file keeps it.
 */
export function recordFileFormat(schema: JsonSchema, listField: string, keyField: string): EditorFileFormat {
  const entrySchema = schema.additionalProperties;
  if (typeOf(schema) !== "object" || typeof entrySchema !== "object") throw new Error("A record file's schema must describe its values");
  return {
    fromFile: (content) => ({
      [listField]: Object.entries(JSON.parse(content) as Record<string, unknown>).map(([key, entry]) => ({
        [keyField]: key,
        ...toEditorData(entry, entrySchema),
      })),
    }),
    toFile(data) {
      const items = ((data[listField] ?? []) as Record<string, unknown>[]).filter((item) => !isEmpty(item));
      const entries = items.map(({ [keyField]: key, ...entry }) => [String(key), fromEditorData(entry, entrySchema)] as const);
      return formatJson(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    },
  };
}
