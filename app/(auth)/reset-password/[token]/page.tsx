import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormMessage } from "@/components/ui/form-message";
import { RESET_LINK_INVALID, checkResetToken } from "@/lib/server/auth/reset-password";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const valid = await checkResetToken(token, new Date());
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
      {valid ? (
        <>
          <p className="mb-5 text-sm text-slate-600 dark:text-slate-400">For {valid.email}. Saving it signs out every browser and device.</p>
          <ResetPasswordForm token={token} email={valid.email} />
        </>
      ) : (
        <div className="space-y-4">
          <FormMessage tone="error">{RESET_LINK_INVALID}</FormMessage>
          <Link href="/forgot-password" className="block text-center text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
            Ask for a new link
          </Link>
        </div>
      )}
    </>
  );
}
