import type { JsonSchema } from "@/lib/v1/json-schema";

export type SchemaField = { name: string; type: string; required: boolean; rules: string[]; description?: string };

/** One line of type for a JSON Schema: "string", "integer | null", "one of OPEN, ALL…", "array of object". */
export function describeType(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(describeType).join(" | ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map(describeType).join(" | ");
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(" | ") : (schema.type as string | undefined);
  if (type === "array") return `array of ${schema.items ? describeType(schema.items as JsonSchema) : "any"}`;
  if (type === "string" && schema.format) return `string (${String(schema.format)})`;
  return type ?? "any";
}

function rulesOf(schema: JsonSchema): string[] {
  const rules: string[] = [];
  const pick = (s: JsonSchema) => {
    if (typeof s.minLength === "number" && s.minLength > 0) rules.push(`≥ ${s.minLength} chars`);
    if (typeof s.maxLength === "number") rules.push(`≤ ${s.maxLength} chars`);
    if (typeof s.minimum === "number") rules.push(`≥ ${s.minimum}`);
    if (typeof s.exclusiveMinimum === "number") rules.push(`> ${s.exclusiveMinimum}`);
    if (typeof s.maximum === "number") rules.push(`≤ ${s.maximum}`);
    if (typeof s.minItems === "number" && s.minItems > 0) rules.push(`≥ ${s.minItems} items`);
    if (typeof s.maxItems === "number") rules.push(`≤ ${s.maxItems} items`);
    if ("default" in s) rules.push(`default ${JSON.stringify(s.default)}`);
  };
  pick(schema);
  for (const option of (schema.anyOf ?? []) as JsonSchema[]) pick(option);
  return rules;
}

/** The fields of an object schema, for a table; a union of objects gives one list per option. */
export function schemaFields(schema: JsonSchema): SchemaField[][] {
  const options = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (options && options.every((option) => option.type === "object")) return options.flatMap(schemaFields);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return [
    Object.entries(properties).map(([name, property]) => ({
      name,
      type: describeType(property),
      required: required.has(name),
      rules: rulesOf(property),
      description: typeof property.description === "string" ? property.description : undefined,
    })),
  ];
}
