import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
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
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, including the 404 page: Next can only put the request's CSP
  // nonce (proxy.ts) on its scripts while rendering; a page prerendered at build time would carry
  // scripts without it, which the browser refuses.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
