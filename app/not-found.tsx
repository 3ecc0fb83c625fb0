import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-500">404</p>
      <h1 className="text-2xl font-semibold">This page is not in your loop</h1>
      <p className="text-slate-600 dark:text-slate-400">It may have been deleted, or the link is wrong.</p>
      <Link href="/" className={buttonClasses("primary")}>
        Go home
      </Link>
    </main>
  );
}
