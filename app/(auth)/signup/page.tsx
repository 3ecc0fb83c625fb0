import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth";
import { HOME_PATH } from "@/lib/routes";
import { listTimeZones } from "@/lib/time-zones";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect(HOME_PATH);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-5 text-sm text-slate-600 dark:text-slate-400">Start tracking your open loops in a minute.</p>
      <SignUpForm zones={listTimeZones()} />
    </>
  );
}
