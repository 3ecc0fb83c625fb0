import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function CallbackNotFound() {
  return (
    <div className="mx-auto flex min-h-[50dvh] max-w-md flex-col items-center justify-center gap-4 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-500">404</p>
      <h1 className="text-2xl font-semibold">That callback was not found</h1>
      <p className="text-slate-600 dark:text-slate-400">It may have been deleted, or the link is wrong.</p>
      <Link href="/callbacks" className={buttonClasses("primary")}>
        Back to callbacks
      </Link>
    </div>
  );
}
