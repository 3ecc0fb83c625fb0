import { z } from "@/lib/validation/zod";
import { emailSchema, nameSchema, newPasswordSchema, timeZoneSchema } from "@/lib/validation/fields";
import { textSchema } from "@/lib/validation/primitives";

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

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((value) => value.confirmPassword === value.newPassword, {
    path: ["confirmPassword"],
    message: "This doesn't match the new password.",
  });
export type ChangePasswordFormInput = z.infer<typeof changePasswordSchema>;

/** A session id from the Security page (checked against the user's own sessions on the server). */
export const sessionIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "That session id is not valid.");

/** What the strength meter sends while someone types a new password (rated on the server, never stored). */
export const ratePasswordSchema = z.object({
  password: z.string().max(200),
  accountWords: z.array(z.string().max(254)).max(12).default([]),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: textSchema({ max: 200, min: 1, required: "This reset link is not valid." }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "The two passwords differ.", path: ["confirmPassword"] });
