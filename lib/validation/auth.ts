import { z } from "zod";
import { emailSchema, nameSchema, newPasswordSchema, timeZoneSchema } from "@/lib/validation/fields";

export const signUpSchema = z.object({
  name: nameSchema.default(""),
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
