import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), for what the API reads
 * (`io: "input"`: preprocess and coerce show what a client sends, defaults make a field
 * optional) or what it answers (`"output"`). Dates are what JSON carries: ISO 8601 strings with
 * `format: date-time` (zod's own date type has no JSON form, and the long regex zod writes for
 * ISO strings says nothing `format` doesn't).
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
      if (ctx.jsonSchema.format === "date-time") delete ctx.jsonSchema.pattern;
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}
