"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * The sections of Settings, each its own page under /settings with its own actions.ts. A new
 * section adds one entry here (`label`: the key of its name in the "Settings" messages).
 */
export const SETTINGS_SECTIONS = [
  { href: "/settings", label: "profileAndAreas" },
  { href: "/settings/kinds", label: "kinds" },
  { href: "/settings/security", label: "security" },
  { href: "/settings/api", label: "api" },
  { href: "/settings/data", label: "data" },
  { href: "/settings/notifications", label: "notifications" },
  { href: "/settings/calendar", label: "calendar" },
  { href: "/settings/webhooks", label: "webhooks" },
  { href: "/settings/keyboard", label: "keyboard" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  const t = useTranslations("Settings");
  if (SETTINGS_SECTIONS.length < 2) return null;
  return (
    <nav aria-label={t("sections")} className="-mx-1 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-800">
      {SETTINGS_SECTIONS.map((section) => {
        const isActive = pathname === section.href;
        return (
          <Link
            key={section.href}
            href={section.href}
            aria-current={isActive ? "page" : undefined}
            className={`rounded-lg px-2.5 py-1.5 text-sm font-medium transition-colors ${
              isActive
                ? "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
            }`}
          >
            {t(section.label)}
          </Link>
        );
      })}
    </nav>
  );
}
