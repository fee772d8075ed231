import { fill } from "../i18n/format";
import type { AnyFieldText, CommonFieldTexts } from "./field-texts";
import { type JsonSchema, typeOf, withoutNull } from "./json-schema";

/** A Decap CMS form field: the subset of its options the site uses. */
export interface EditorField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  /** A regular expression and the message shown when the value does not match it. */
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: "int" | "float";
  step?: number;
  date_format?: string;
  time_format?: false;
  fields?: EditorField[];
  field?: EditorField;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  allow_add?: boolean;
  allow_remove?: boolean;
  modes?: string[];
  sanitize_preview?: boolean;
}

export interface FormOptions {
  /** Choices that come from data, not from the schema (the 357 municipalities), by field path. */
  choices?: Readonly<Record<string, readonly { label: string; value: string }[]>>;
  /** Checks the schema makes with a refinement, which JSON Schema cannot carry, as patterns by field path. */
  patterns?: Readonly<Record<string, string>>;
  /** Fields that take running text, by path: they get a larger box. */
  longText?: ReadonlySet<string>;
  /** Lists of objects: the template that names each item in the collapsed list, by path. */
  summaries?: Readonly<Record<string, string>>;
  common: CommonFieldTexts;
}

/** Anything a web address starts with; the schema's own URL check stays the final word. */
const URL_PATTERN = "^https?://[^\\s/?#]+\\.[^\\s]+$";

/** Integers above this are the schema's "any whole number" bound, not a limit anyone should see. */
const MEANINGFUL_MAXIMUM = 1_000_000;

function joinPath(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

/** The pattern a string field is checked with while typing, and the message for a value that fails it. */
function stringPattern(node: JsonSchema, text: AnyFieldText, path: string, options: FormOptions): [string, string] | undefined {
  const pattern = options.patterns?.[path] ?? node.pattern ?? (node.format === "uri" ? URL_PATTERN : undefined);
  if (pattern) {
    const message = text.invalid ?? (node.format === "uri" ? options.common.url : undefined);
    if (!message) throw new Error(`Editor text for "${path}" needs an "invalid" message: the field is checked against ${pattern}`);
    return [pattern, message];
  }
  const min = node.minLength ?? 0;
  if (node.maxLength !== undefined)
    return [`^[\\s\\S]{${min},${node.maxLength}}$`, fill(options.common.lengthBetween, { min, max: node.maxLength })];
  if (min > 1) return [`^[\\s\\S]{${min},}$`, fill(options.common.lengthAtLeast, { min })];
  return undefined;
}

function enumOptions(values: readonly (string | number)[], text: AnyFieldText, path: string) {
  return values.map((value) => {
    const label = text.choices?.[String(value)];
    if (!label) throw new Error(`Editor text for "${path}" has no name for the choice "${value}"`);
    return { label, value: String(value) };
  });
}

/**
 * One form field for one schema property. `required` is whether the schema requires a value:
 * a nullable field, or any field inside an object that may itself be left empty, is optional in
 * the form, because the form cannot say "required only if the rest is filled in".
 */
function fieldFor(
  name: string,
  schema: JsonSchema,
  required: boolean,
  text: AnyFieldText | undefined,
  path: string,
  options: FormOptions,
): EditorField {
  if (!text) throw new Error(`The editor has no text for the field "${path}": add it to lib/i18n/editor.ts`);
  const { node, nullable } = withoutNull(schema);
  const base = { name, label: text.label, hint: text.hint, required: required && !nullable };
  const type = typeOf(node);
  const dataChoices = options.choices?.[path];

  if (node.enum) return { ...base, widget: "select", options: enumOptions(node.enum, text, path) };
  // A string the schema narrows with a refinement to a fixed list (a seed document's file name).
  if (type === "string" && text.choices) return { ...base, widget: "select", options: enumOptions(Object.keys(text.choices), text, path) };
  if (type === "string" && dataChoices) return { ...base, widget: "select", options: [...dataChoices] };
  if (type === "string" && node.format === "date") return { ...base, widget: "datetime", date_format: "YYYY-MM-DD", time_format: false };
  if (type === "string") {
    const pattern = stringPattern(node, text, path, options);
    return { ...base, widget: options.longText?.has(path) ? "text" : "string", ...(pattern && { pattern }) };
  }
  if (type === "integer" || type === "number") {
    return {
      ...base,
      widget: "number",
      value_type: type === "integer" ? "int" : "float",
      step: type === "integer" ? 1 : 0.0001,
      ...(node.minimum !== undefined && { min: node.minimum }),
      ...(node.maximum !== undefined && node.maximum < MEANINGFUL_MAXIMUM && { max: node.maximum }),
    };
  }
  if (type === "boolean") {
    // A checkbox cannot say "unknown", which most of the registry's yes/no facts still are.
    if (!nullable) return { ...base, widget: "boolean" };
    return {
      ...base,
      widget: "select",
      options: [
        { label: options.common.yes, value: "true" },
        { label: options.common.no, value: "false" },
      ],
    };
  }
  if (type === "array" && node.items) {
    const minimum = node.minItems !== undefined && base.required ? { min: node.minItems } : {};
    const itemPath = `${path}[]`;
    const items = withoutNull(node.items).node;
    if (typeOf(items) === "object") {
      const summary = options.summaries?.[path];
      return {
        ...base,
        widget: "list",
        label_singular: text.item,
        collapsed: true,
        ...(summary && { summary }),
        ...minimum,
        fields: objectFields(items, text.fields, path, options, true),
      };
    }
    const itemChoices = options.choices?.[itemPath];
    if (itemChoices || items.enum) {
      return {
        ...base,
        widget: "select",
        multiple: true,
        options: itemChoices ? [...itemChoices] : enumOptions(items.enum!, text, path),
        ...minimum,
      };
    }
    const itemText: AnyFieldText = { label: text.item ?? text.label, hint: "", invalid: text.invalid };
    const { hint: _hint, ...item } = fieldFor("item", items, true, itemText, itemPath, options);
    return { ...base, widget: "list", label_singular: text.item, collapsed: false, summary: "{{fields.item}}", ...minimum, field: item };
  }
  if (type === "object") {
    return { ...base, widget: "object", fields: objectFields(node, text.fields, path, options, base.required) };
  }
  throw new Error(`The editor cannot make a form field for "${path}" (${JSON.stringify(schema)})`);
}

function objectFields(
  node: JsonSchema,
  texts: AnyFieldText["fields"],
  path: string,
  options: FormOptions,
  required: boolean,
): EditorField[] {
  const requiredKeys = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required && requiredKeys.has(name), texts?.[name], joinPath(path, name), options),
  );
}

/** The form for one kind of file: a field for every property of its schema, in the schema's order. */
export function formFields(schema: JsonSchema, texts: Readonly<Record<string, AnyFieldText>>, options: FormOptions): EditorField[] {
  return objectFields(schema, texts, "", options, true);
}
