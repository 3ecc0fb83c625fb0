import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";
import { pickMessages, type Messages } from "@/lib/i18n/config";
import { THEME_COLORS } from "./manifest";
import "./globals.css";

// Self-hosted from @fontsource-variable/inter: these machines (and many deployments) cannot
// reach Google Fonts at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

export const metadata: Metadata = {
  title: { default: "Lifeloop", template: "%s · Lifeloop" },
  description: "Run your life like an event loop: track open bets, review your energy weekly, block on what matters.",
  applicationName: "Lifeloop",
  // The manifest (app/manifest.ts) is linked by Next itself; icons drawn by scripts/draw-icons.mjs.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  appleWebApp: { capable: true, title: "Lifeloop", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, including the 404 page: Next can only put the request's CSP
  // nonce (proxy.ts) on its scripts while rendering; a page prerendered at build time would carry
  // scripts without it, which the browser refuses.
  await connection();
  // Client components get only the namespaces every page may need; the signed-in frame
  // (app/(app)/layout.tsx) adds its own. Server components read all messages on the server.
  const messages = (await getMessages()) as Messages;
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">
        <NextIntlClientProvider messages={pickMessages(messages, ["Common"])}>
          {children}
          <RegisterServiceWorker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
