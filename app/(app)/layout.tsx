import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { QuickCapture } from "@/components/callbacks/quick-capture";
import { SampleDataBanner } from "@/components/first-run/sample-data-banner";
import { Logo } from "@/components/logo";
import { OfflineSync } from "@/components/pwa/offline-sync";
import { AppNav } from "@/components/shell/app-nav";
import { OverloadMeter } from "@/components/shell/overload-meter";
import { PhoneNav } from "@/components/shell/phone-nav";
import { ShortcutsProvider } from "@/components/shell/shortcuts";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { ProfileProvider } from "@/components/profile-context";
import { Toaster } from "@/components/ui/toaster";
import { requireUser } from "@/lib/auth";
import { CLIENT_NAMESPACES, pickMessages, type Messages } from "@/lib/i18n/config";
import { currentLocale } from "@/lib/request-locale";
import { HOME_PATH } from "@/lib/routes";
import { listRequestAreas } from "@/lib/server/areas/list-request-areas";
import { hasSampleHistory } from "@/lib/server/demo/has-sample-history";
import { getKindAreas } from "@/lib/server/kind-defaults/kind-areas";
import { getRequestLoad } from "@/lib/server/load/get-request-load";
import { getKeyboardShortcuts } from "@/lib/server/users/get-keyboard-shortcuts";
import { listKindNames } from "@/lib/server/kinds/list-kind-options";

/**
 * The signed-in frame. The header never wraps on a phone: there it holds the logo, the load
 * meter and Capture, and the sections move to a bottom bar with a "More" menu (PhoneNav). Toasts
 * live at the page level (Toaster), outside the header: its backdrop filter would otherwise make
 * it the containing block of a `fixed` toast.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Read once per request: the page asks for the same load and areas (React cache).
  const [allAreas, load, shortcuts, sample, kindAreas, kinds] = await Promise.all([
    listRequestAreas(user.id),
    getRequestLoad(user.id, user.timeZone, user.capacity),
    getKeyboardShortcuts(user.id),
    hasSampleHistory(user.id),
    getKindAreas(user.id),
    listKindNames(user.id),
  ]);
  const areas = allAreas.filter((area) => !area.isArchived);
  const [t, messages] = await Promise.all([getTranslations("Nav"), getMessages()]);
  return (
    // Replaces the root's provider (providers don't merge messages): CLIENT_NAMESPACES include "Common".
    <NextIntlClientProvider messages={pickMessages(messages as Messages, CLIENT_NAMESPACES)}>
      <ProfileProvider value={{ timeZone: user.timeZone, locale: currentLocale() }}>
        <ShortcutsProvider enabled={shortcuts}>
          <Toaster>
            <div className="flex min-h-dvh flex-col">
              <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
                {t("skipToContent")}
              </a>
              <OfflineSync />
              {sample ? <SampleDataBanner /> : null}
              <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
                <div className="mx-auto flex max-w-6xl flex-nowrap items-center gap-x-2 gap-y-2 px-4 py-2.5 md:flex-wrap md:gap-x-3">
                  <Link href={HOME_PATH} className="flex shrink-0 items-center gap-2 font-semibold">
                    <Logo className="size-6" />
                    <span>Lifeloop</span>
                  </Link>
                  <AppNav />
                  <div className="ml-auto flex min-w-0 items-center gap-2">
                    <OverloadMeter load={load.load} capacity={load.capacity} level={load.level} projectionText={load.projectionText} />
                    <QuickCapture areas={areas.map(({ id, name }) => ({ id, name }))} kinds={kinds} kindAreas={kindAreas} />
                    <span className="hidden max-w-24 truncate text-sm text-slate-600 2xl:block dark:text-slate-400" title={user.email}>
                      {user.name || user.email}
                    </span>
                    <div className="hidden md:block">
                      <SignOutButton />
                    </div>
                  </div>
                </div>
              </header>
              <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-24 pt-6 sm:pt-8 md:pb-8">
                {children}
              </main>
              <PhoneNav />
            </div>
          </Toaster>
        </ShortcutsProvider>
      </ProfileProvider>
    </NextIntlClientProvider>
  );
}
