import type { EditorField } from "./fields";
import { type JsonSchema, typeOf, withoutNull } from "./json-schema";

/** The fields nested in a form field: an object's, a list of objects', or the one field of a list of values. */
function childFields(field: EditorField): EditorField[] | undefined {
  return field.fields ?? (field.field ? [field.field] : undefined);
}

/** The properties nested in a schema node, keyed like the form's fields ("item" for a list of plain values). */
function childProperties(schema: JsonSchema, field: EditorField | undefined): Record<string, JsonSchema> | undefined {
  const { node } = withoutNull(schema);
  if (typeOf(node) === "object") return node.properties;
  if (typeOf(node) === "array" && node.items) {
    const items = withoutNull(node.items).node;
    if (typeOf(items) === "object") return items.properties;
    // A list of plain values is one field in a list widget, or a multiple select with no child.
    return field?.field ? { item: items } : undefined;
  }
  return undefined;
}

/**
 * Where a schema and an editor form disagree: a property with no form field, or a form field
 * with no property, at any depth. `extraFields` are form fields that are not data of the schema
 * (a Markdown page's body).
 */
export function parityProblems(
  schema: JsonSchema,
  fields: readonly EditorField[],
  extraFields: readonly string[] = [],
  path = "",
): string[] {
  const properties = schema.properties ?? {};
  const byName = new Map(fields.map((field) => [field.name, field]));
  const problems: string[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const field = byName.get(name);
    const at = path ? `${path}.${name}` : name;
    if (!field) {
      problems.push(`"${at}" is in the schema but has no field in the editor`);
      continue;
    }
    const nestedProperties = childProperties(property, field);
    const nestedFields = childFields(field);
    if (nestedProperties && nestedFields) problems.push(...parityProblems({ properties: nestedProperties }, nestedFields, [], at));
    else if (nestedProperties && field.widget !== "select") problems.push(`"${at}" has nested fields in the schema but not in the editor`);
    else if (nestedFields) problems.push(`"${at}" has nested fields in the editor but not in the schema`);
  }
  for (const field of fields) {
    if (!(field.name in properties) && !extraFields.includes(field.name)) {
      problems.push(`"${path ? `${path}.${field.name}` : field.name}" is a field in the editor but not in the schema`);
    }
  }
  return problems;
}
