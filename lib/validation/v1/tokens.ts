import { z } from "@/lib/validation/zod";
import { textSchema } from "@/lib/validation/primitives";
import { instantSchema } from "@/lib/validation/v1/common";

export const TOKEN_SCOPES = ["read", "read-write"] as const;

export const createTokenSchema = z.object({
  name: textSchema({ max: 100, min: 1, required: "Name the token (e.g. the script that uses it)." }),
  scope: z.enum(TOKEN_SCOPES, "Choose read or read-write."),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  /** The token's first characters ("ll_AbCd…"), to tell tokens apart; never the whole token. */
  prefix: z.string(),
  createdAt: instantSchema,
  lastUsedAt: instantSchema.nullable(),
});

export const createdTokenSchema = apiTokenSchema.extend({
  token: z
    .string()
    .nullable()
    .describe("The token itself, shown only in this answer: store it now. A retry with the same Idempotency-Key gets null here (the token is never stored)."),
});
