import type { Metadata } from "next";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth";
import { HOME_PATH } from "@/lib/routes";
import { compactZones, listTimeZoneOptions } from "@/lib/time-zones";
import { preparePasswordStrength } from "@/lib/domain/password-strength";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect(HOME_PATH);
  // The form below will need the password estimator; build it once the page is sent.
  after(preparePasswordStrength);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-5 text-sm text-slate-600 dark:text-slate-400">Start tracking your open loops in a minute.</p>
      <SignUpForm zones={compactZones(listTimeZoneOptions(new Date()))} />
    </>
  );
}
