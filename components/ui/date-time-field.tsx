"use client";

import { useRef, type ComponentProps } from "react";
import { useProfile } from "@/components/profile-context";
import { DATE_SHORTCUTS, parseDateShortcut } from "@/lib/domain/date-shortcuts";
import { instantToWallClock } from "@/lib/domain/wall-clock";
import { TextField } from "./field";

type Props = Omit<ComponentProps<typeof TextField>, "type"> & {
  /** Offer "Tomorrow", "In 3 days", "Next Monday", "+2w"… chips (for dates ahead, such as deadlines). */
  shortcuts?: boolean;
  /** The time a shortcut sets when the field is empty ("HH:mm"); else it keeps the field's time. */
  defaultTime?: string;
};

/**
 * A date-and-time field in the profile's time zone (the hint says which), with optional quick
 * shortcuts. The input stays uncontrolled: a chip writes its value and fires an input event so
 * forms that listen still hear it.
 */
export function DateTimeField({ shortcuts = false, defaultTime = "18:00", hint, id, label, ...rest }: Props) {
  const { timeZone } = useProfile();
  const fieldRef = useRef<HTMLDivElement>(null);
  const zoneNote = `Times are in ${timeZone.replaceAll("_", " ")}.`;

  function apply(text: string) {
    const input = fieldRef.current?.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    if (!input) return;
    const currentTime = /T(\d{2}:\d{2})/.exec(input.value)?.[1];
    const date = parseDateShortcut(text, new Date(), timeZone, currentTime ?? defaultTime);
    if (!date) return;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(input, instantToWallClock(date, timeZone));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.focus();
  }

  return (
    <div ref={fieldRef} className="space-y-1.5">
      <TextField id={id} label={label} type="datetime-local" hint={hint ? <>{hint} {zoneNote}</> : zoneNote} {...rest} />
      {shortcuts ? (
        <div role="group" aria-label="Quick dates" data-shortcuts-for={id} className="flex flex-wrap gap-1">
          {DATE_SHORTCUTS.map((shortcut) => (
            <button
              key={shortcut.text}
              type="button"
              onClick={() => apply(shortcut.text)}
              className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              {shortcut.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
