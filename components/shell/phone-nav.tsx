"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { NAV_ITEMS } from "./app-nav";
import { SignOutButton } from "./sign-out-button";

/** The daily sections, always in the bar; the rest sit behind "More". */
const BAR_HREFS = ["/today", "/callbacks", "/commitments", "/portfolio"] as const;

function isActive(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

const ICONS: Record<string, React.ReactNode> = {
  "/today": <path d="M4 6h16M4 12h16M4 18h10" />,
  "/callbacks": (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 8v4l3 2" />
    </>
  ),
  "/commitments": <path d="M5 13l4 4L19 7" />,
  "/portfolio": (
    <>
      <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />
    </>
  ),
};

/**
 * Phones (below md): a bottom bar with the daily sections and a "More" menu with every other
 * section and Sign out, so every page is reachable without a sideways strip. Capture stays in
 * the header, one tap away.
 */
export function PhoneNav() {
  const pathname = usePathname();
  const t = useTranslations("Nav");
  // Open for the page it was opened on: a navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const bar = NAV_ITEMS.filter((item) => (BAR_HREFS as readonly string[]).includes(item.href));
  const more = NAV_ITEMS.filter((item) => !(BAR_HREFS as readonly string[]).includes(item.href));
  const moreActive = more.some((item) => isActive(pathname, item.href));

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>("a, button")?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpenOn(null);
        buttonRef.current?.focus();
      }
    }
    function onPointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpenOn(null);
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const itemClass = (active: boolean) =>
    `flex min-w-0 flex-1 flex-col items-center gap-0.5 rounded-lg px-1 py-1.5 text-[11px] font-medium ${
      active ? "text-brand-700 dark:text-brand-100" : "text-slate-600 dark:text-slate-300"
    }`;

  return (
    <nav
      aria-label={t("main")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden dark:border-slate-800 dark:bg-slate-950"
    >
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          className="absolute bottom-full right-2 mb-2 w-56 rounded-2xl border border-slate-200 bg-white p-2 shadow-xl dark:border-slate-700 dark:bg-slate-900"
        >
          <ul className="space-y-0.5">
            {more.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isActive(pathname, item.href) ? "page" : undefined}
                  className={`block rounded-lg px-3 py-2.5 text-sm font-medium ${
                    isActive(pathname, item.href)
                      ? "bg-brand-50 text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                      : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
                  }`}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-1 border-t border-slate-200 pt-1 dark:border-slate-700">
            <SignOutButton />
          </div>
        </div>
      ) : null}
      <ul className="mx-auto flex max-w-lg items-stretch gap-1 px-2 py-1">
        {bar.map((item) => {
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href} className="flex min-w-0 flex-1">
              <Link href={item.href} aria-current={active ? "page" : undefined} className={itemClass(active)}>
                <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                  {ICONS[item.href]}
                </svg>
                <span className="truncate">{t(item.label)}</span>
              </Link>
            </li>
          );
        })}
        <li className="flex min-w-0 flex-1">
          <button
            ref={buttonRef}
            type="button"
            aria-expanded={open}
            aria-controls={open ? menuId : undefined}
            onClick={() => setOpen(!open)}
            className={itemClass(moreActive || open)}
          >
            <svg viewBox="0 0 24 24" className="size-5" fill="currentColor" aria-hidden="true">
              <circle cx="5" cy="12" r="2" />
              <circle cx="12" cy="12" r="2" />
              <circle cx="19" cy="12" r="2" />
            </svg>
            <span>{t("more")}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
