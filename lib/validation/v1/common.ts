import { z } from "@/lib/validation/zod";
import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import { idTextSchema, isoInstantSchema, textSchema } from "@/lib/validation/primitives";

/** Schemas every part of API v1 shares: ids in paths, times, pages, and the one error shape. */

/** An id in a path: anything else than a plausible id is simply "not found". */
export const pathIdSchema = idTextSchema();
export const idParamsSchema = z.object({ id: pathIdSchema });

/** An instant in a request: ISO 8601 with a zone ("2026-03-01T09:30:00Z"), read as a Date. */
export const isoDateTimeSchema = isoInstantSchema();

/** An instant in a response (a Date, serialised as ISO 8601 in UTC). */
export const instantSchema = z.date();

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** `?limit=` and `?cursor=` of a cursor-paginated list. */
export const pageQueryFields = {
  limit: z.coerce
    .number({ error: `limit is a whole number from 1 to ${MAX_PAGE_LIMIT}.` })
    .int(`limit is a whole number from 1 to ${MAX_PAGE_LIMIT}.`)
    .min(1, `limit is a whole number from 1 to ${MAX_PAGE_LIMIT}.`)
    .max(MAX_PAGE_LIMIT, `limit is a whole number from 1 to ${MAX_PAGE_LIMIT}.`)
    .default(DEFAULT_PAGE_LIMIT),
  cursor: textSchema({ max: 1000, min: 1 }).optional(),
};

/** A page of a list: the items and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A whole list (short by nature: areas, tokens, reviews…). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export const ERROR_CODES = Object.keys(APP_ERROR_STATUS) as [AppErrorCode, ...AppErrorCode[]];

/** The one error shape of every failure (lib/api.ts `errorBody`). */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
