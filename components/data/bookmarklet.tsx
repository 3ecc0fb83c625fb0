"use client";

import { useEffect, useRef, useState } from "react";
import { Card, CardHeader } from "@/components/ui/card";

/**
 * The capture bookmarklet: a link to drag to the bookmarks bar. React refuses `javascript:` in
 * href, so the code is set on the element after it mounts (it never runs on this page: clicking
 * it here only explains what to do).
 */
export function Bookmarklet({ code, origin }: { code: string; origin: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  const [copied, setCopied] = useState(false);
  const [clicked, setClicked] = useState(false);
  useEffect(() => {
    link.current?.setAttribute("href", code);
  }, [code]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Card>
      <CardHeader
        id="capture"
        title="Capture from any page"
        description="Drag the button to your bookmarks bar. On a job ad or any page, click it: Lifeloop opens a new callback with the page's title and address filled in."
      />
      <div className="flex flex-wrap items-center gap-3">
        <a
          ref={link}
          href="#capture"
          data-testid="bookmarklet"
          onClick={(event) => {
            event.preventDefault();
            setClicked(true);
          }}
          className="inline-flex cursor-grab items-center gap-2 rounded-lg border-2 border-dashed border-brand-500 bg-brand-50 px-4 py-2 text-sm font-semibold text-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500/50 dark:bg-brand-500/15 dark:text-brand-100"
        >
          + Lifeloop
        </a>
        <button type="button" onClick={() => void copy()} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          {copied ? "Copied" : "Copy the code instead"}
        </button>
      </div>
      <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {clicked
          ? "Drag it to the bookmarks bar rather than clicking it here (or copy the code into a new bookmark's address)."
          : null}
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Or open <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[13px] dark:bg-slate-800">{origin}/capture?title=…&amp;url=…</code> from a shortcut or
        share sheet; see <a className="underline" href="/docs/api#capture">the API docs</a> for Apple Shortcuts and Android.
      </p>
    </Card>
  );
}
