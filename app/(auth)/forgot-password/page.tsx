import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Forgot your password?</h1>
      <p className="mb-5 text-sm text-slate-600 dark:text-slate-400">
        Enter your account&apos;s email. We send a link to choose a new password; it works once, for an hour.
      </p>
      <ForgotPasswordForm />
    </>
  );
}
