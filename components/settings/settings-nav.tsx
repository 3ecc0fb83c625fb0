"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The sections of Settings, each its own page under /settings with its own actions.ts. A new
 * section adds one entry here.
 */
export const SETTINGS_SECTIONS = [
  { href: "/settings", label: "Profile and areas" },
  { href: "/settings/kinds", label: "Kinds" },
  { href: "/settings/security", label: "Security" },
  { href: "/settings/api", label: "API tokens" },
  { href: "/settings/data", label: "Data" },
  { href: "/settings/notifications", label: "Notifications" },
  { href: "/settings/calendar", label: "Calendar" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/keyboard", label: "Keyboard" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  if (SETTINGS_SECTIONS.length < 2) return null;
  return (
    <nav aria-label="Settings sections" className="-mx-1 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-800">
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
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
