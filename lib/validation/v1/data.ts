import { z } from "@/lib/validation/zod";
import { CSV_CALLBACK_FIELDS } from "@/lib/domain/csv-callbacks";
import { CSV_ENTITIES } from "@/lib/validation/data-export";
import { kindSchema } from "@/lib/validation/callbacks";

/** Query flags written as 1/0 or true/false. */
const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"], "Use 1 or 0.")
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

export const exportQuerySchema = z.object({
  format: z.enum(["json", "csv"], "Use json or csv.").default("json").describe("json (default): everything in one file; csv: one entity."),
  entity: z.enum(CSV_ENTITIES, `Use one of: ${CSV_ENTITIES.join(", ")}.`).default("callbacks").describe("With format=csv: which entity (default callbacks)."),
  bom: flag.describe("With format=csv, 1: start with a UTF-8 byte-order mark and neutralise formula-like cells, for Excel and other spreadsheets."),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const column = z.string().trim().min(1).max(200).optional();

export const importQuerySchema = z.object({
  dryRun: flag.describe("1: check everything and report what would be imported, writing nothing."),
  defaultKind: kindSchema.optional().describe("CSV only: the kind of rows without a kind column or value (default JOB_APPLICATION)."),
  ...Object.fromEntries(CSV_CALLBACK_FIELDS.map((field) => [`map.${field}`, column.describe(`CSV only: the header of the column holding ${field} (default: guessed from the header names).`)])),
}) as z.ZodType<{ dryRun: boolean; defaultKind?: z.infer<typeof kindSchema> } & Partial<Record<`map.${(typeof CSV_CALLBACK_FIELDS)[number]}`, string>>>;

const rowErrorSchema = z.object({ line: z.number().int(), field: z.string().nullable(), message: z.string() });

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  format: z.enum(["json", "csv"]),
  created: z.record(z.string(), z.number().int()).describe("Rows created (or, in a dry run, that would be), per section."),
  skipped: z.record(z.string(), z.number().int()).describe("Rows already here (imported before, or this account's own), per section."),
  rows: z.number().int().optional().describe("CSV: data rows read."),
  mapping: z.record(z.string(), z.string()).optional().describe("CSV: the column used for each field."),
  headers: z.array(z.string()).optional().describe("CSV: the header row."),
  errors: z.array(rowErrorSchema).describe("CSV: every row that can't be imported, with its line number (1 is the header) and reason."),
});
export type ImportResultBody = z.infer<typeof importResultSchema>;
