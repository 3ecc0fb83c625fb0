"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The sections; `label` is the key of its name in the "Nav" messages. */
export const NAV_ITEMS = [
  { href: "/today", label: "today" },
  { href: "/callbacks", label: "callbacks" },
  { href: "/board", label: "board" },
  { href: "/commitments", label: "commitments" },
  { href: "/portfolio", label: "portfolio" },
  { href: "/review", label: "review" },
  { href: "/insights", label: "insights" },
  { href: "/settings", label: "settings" },
] as const;

export function AppNav() {
  const pathname = usePathname();
  const t = useTranslations("Nav");
  return (
    <nav aria-label={t("main")} className="hidden flex-wrap items-center gap-0.5 md:flex">
      {NAV_ITEMS.map((item) => {
        const isActive = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isActive ? "page" : undefined}
            className={`whitespace-nowrap rounded-lg px-2.5 py-1.5 text-sm font-medium transition-colors ${
              isActive
                ? "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
            }`}
          >
            {t(item.label)}
          </Link>
        );
      })}
    </nav>
  );
}
