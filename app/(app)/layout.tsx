import Link from "next/link";
import { QuickCapture } from "@/components/callbacks/quick-capture";
import { Logo } from "@/components/logo";
import { AppNav } from "@/components/shell/app-nav";
import { OverloadMeter } from "@/components/shell/overload-meter";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { ProfileProvider } from "@/components/profile-context";
import { requireUser } from "@/lib/auth";
import { currentLocale } from "@/lib/request-locale";
import { HOME_PATH } from "@/lib/routes";
import { listAreas } from "@/lib/server/areas/list-areas";
import { getLoad } from "@/lib/server/load/get-load";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [areas, load] = await Promise.all([listAreas(user.id), getLoad(user, new Date())]);
  return (
    <ProfileProvider value={{ timeZone: user.timeZone, locale: currentLocale() }}>
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5">
          <Link href={HOME_PATH} className="flex items-center gap-2 font-semibold">
            <Logo className="size-6" />
            <span>Lifeloop</span>
          </Link>
          <AppNav />
          <div className="ml-auto flex items-center gap-2">
            <OverloadMeter load={load.load} capacity={load.capacity} level={load.level} projectionText={load.projectionText} />
            <QuickCapture areas={areas.map(({ id, name }) => ({ id, name }))} />
            <span className="hidden max-w-24 truncate text-sm text-slate-500 lg:block dark:text-slate-400" title={user.email}>
              {user.name || user.email}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
    </ProfileProvider>
  );
}
