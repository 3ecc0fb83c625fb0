import Link from "next/link";
import { QuickCapture } from "@/components/callbacks/quick-capture";
import { Logo } from "@/components/logo";
import { AppNav } from "@/components/shell/app-nav";
import { OverloadMeter } from "@/components/shell/overload-meter";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireUser } from "@/lib/auth";
import { HOME_PATH } from "@/lib/routes";
import { listRequestAreas } from "@/lib/server/areas/list-request-areas";
import { getRequestLoad } from "@/lib/server/load/get-request-load";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Read once per request: the page asks for the same load and areas (React cache).
  const [allAreas, load] = await Promise.all([listRequestAreas(user.id), getRequestLoad(user.id, user.timeZone, user.capacity)]);
  const areas = allAreas.filter((area) => !area.isArchived);
  return (
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
  );
}
