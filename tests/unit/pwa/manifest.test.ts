import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import manifest from "@/app/manifest";

const PUBLIC = path.join(process.cwd(), "public");

function pngSize(file: string): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe("[pwa] the web app manifest", () => {
  const value = manifest();

  test("names the app and opens on Today in its own window", () => {
    expect(value).toMatchObject({ name: "Lifeloop", short_name: "Lifeloop", start_url: "/today", display: "standalone", scope: "/" });
    expect(value.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(value.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  test("shares a page or text into capture (GET /capture?title=&text=&url=)", () => {
    expect(value.share_target).toEqual({ action: "/capture", method: "GET", params: { title: "title", text: "text", url: "url" } });
  });

  test("lists any-purpose and maskable icons at 192 and 512 px that exist at their stated size", () => {
    for (const purpose of ["any", "maskable"]) {
      for (const sizes of ["192x192", "512x512"]) {
        const icon = value.icons?.find((candidate) => candidate.purpose === purpose && candidate.sizes === sizes);
        expect(icon, `${purpose} ${sizes}`).toBeDefined();
        expect(pngSize(path.join(PUBLIC, icon!.src))).toBe(sizes);
      }
    }
  });

  test("the favicon and the apple-touch-icon are real files", () => {
    const ico = readFileSync(path.join(PUBLIC, "favicon.ico"));
    expect(ico.readUInt16LE(2)).toBe(1); // type 1: icon
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(2);
    expect(existsSync(path.join(PUBLIC, "apple-touch-icon.png"))).toBe(true);
    expect(pngSize(path.join(PUBLIC, "apple-touch-icon.png"))).toBe("180x180");
  });
});
