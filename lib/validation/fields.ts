import { z } from "zod";
import { isValidTimeZone } from "@/lib/domain/time";

/** Field schemas shared by forms, actions and API routes. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like you@example.com."));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .refine(isValidTimeZone, "Choose a time zone from the list (an IANA name such as Europe/Berlin).");

export const nameSchema = z.string().trim().max(100, "Use at most 100 characters.");
