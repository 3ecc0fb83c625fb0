import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function CommitmentNotFound() {
  return (
    <div className="mx-auto flex min-h-[50dvh] max-w-md flex-col items-center justify-center gap-4 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-500">404</p>
      <h1 className="text-2xl font-semibold">That commitment was not found</h1>
      <p className="text-slate-600 dark:text-slate-400">The link may be wrong, or it belongs to someone else.</p>
      <Link href="/commitments" className={buttonClasses("primary")}>
        Back to commitments
      </Link>
    </div>
  );
}
