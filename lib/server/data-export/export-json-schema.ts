import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from "@/lib/validation/data-export";
import { type JsonSchema, toJsonSchema } from "@/lib/v1/json-schema";

let cached: JsonSchema | undefined;

/** The export file's JSON Schema (2020-12), from the zod schema the import parses with. */
export function exportJsonSchema(origin: string): JsonSchema {
  cached ??= toJsonSchema(exportFileSchema, "input");
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${origin}/api/v1/export/schema`,
    title: `Lifeloop export, version ${EXPORT_VERSION}`,
    description: `A whole Lifeloop account: format "${EXPORT_FORMAT}", version ${EXPORT_VERSION}. Instants are ISO 8601 with a zone; calendar days YYYY-MM-DD; ids are the exporting account's.`,
    ...cached,
  };
}
