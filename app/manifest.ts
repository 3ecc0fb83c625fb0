import type { MetadataRoute } from "next";

/** The installed app's colours; the browser UI follows the system's light or dark (app/layout.tsx). */
export const THEME_COLORS = { light: "#f8fafc", dark: "#020617" } as const;

/**
 * The web app manifest (/manifest.webmanifest): what Chromium needs to offer "Install", the icons
 * (drawn by scripts/draw-icons.mjs), and a share target: sharing a page or text to Lifeloop opens
 * /capture with its title, text and URL.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Lifeloop",
    short_name: "Lifeloop",
    description: "Track the bets you've placed, review your energy weekly, block on what matters.",
    start_url: "/today",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    categories: ["productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Capture a callback", short_name: "Capture", url: "/capture", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: "Today", url: "/today" },
    ],
    share_target: {
      action: "/capture",
      method: "GET",
      params: { title: "title", text: "text", url: "url" },
    },
  };
}
