import type { Metadata } from "next";
import { Logo } from "@/components/logo";
import { OfflinePage } from "@/components/pwa/offline-page";
import { Toaster } from "@/components/ui/toaster";

export const metadata: Metadata = { title: "Offline" };

/**
 * The app shell's offline state. The service worker (lib/pwa/sw.ts) precaches this page at
 * install and shows it for any page load that cannot reach the server. It holds nothing of the
 * person's data (it is the same for everyone), so it can be kept on the device safely.
 */
export default function Offline() {
  return (
    <Toaster>
      <div className="flex min-h-dvh flex-col items-center px-4 py-10">
        <div className="mb-6 flex items-center gap-2 text-lg font-semibold">
          <Logo />
          Lifeloop
        </div>
        <main id="main" className="w-full max-w-md space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <OfflinePage />
        </main>
      </div>
    </Toaster>
  );
}
