import { z } from "zod";

/**
 * The part of JSON Schema that zod writes for the site's schemas, which is all the editor reads.
 * The editor's form, its checks and the way it writes files are all derived from this, so that a
 * schema change flows into the editor by itself.
 */
export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  /** A record's values (`z.record`): an object whose keys are data, not field names. */
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

/**
 * A zod schema as JSON Schema. Refinements (a phone number's kind set exactly when the number
 * is) cannot be written in JSON Schema and are left out: the build's zod check still runs them.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** The schema without its "or null", and whether null was allowed. */
export function withoutNull(node: JsonSchema): { node: JsonSchema; nullable: boolean } {
  if (node.anyOf) {
    const others = node.anyOf.filter((member) => member.type !== "null");
    if (others.length === 1 && others.length < node.anyOf.length) return { node: others[0]!, nullable: true };
  }
  if (Array.isArray(node.type) && node.type.includes("null")) {
    const types = node.type.filter((type) => type !== "null");
    return { node: { ...node, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { node, nullable: false };
}

/** The single type a node describes ("string", "object", …), or undefined for anything looser. */
export function typeOf(node: JsonSchema): string | undefined {
  return typeof node.type === "string" ? node.type : undefined;
}
