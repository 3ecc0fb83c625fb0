"use client";

import { useRef, useState } from "react";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import dynamic from "next/dynamic";
import type { EffortAreaOption, EffortCallbackOption } from "./effort-form";

// The form (and its option lists) renders only while the dialog is open, and its code loads then.
const EffortForm = dynamic(() => import("./effort-form").then((m) => m.EffortForm));

type Props = {
  /** the user's areas (archived ones are left out of the picker) */
  areas: readonly EffortAreaOption[];
  /** the user's IANA zone: the default day is today there */
  timeZone: string;
  /** tie every entry to this callback; its area is the default */
  callback?: EffortCallbackOption;
  /** open callbacks to choose from (ignored when `callback` is given) */
  callbacks?: readonly EffortCallbackOption[];
  buttonLabel?: string;
  variant?: "primary" | "secondary";
  size?: "sm" | "md";
  className?: string;
};

/**
 * A "Log effort" button and its dialog, for any page (portfolio, a callback, the tick). After a
 * save the dialog closes, the page's data refreshes, a confirmation is announced and focus returns
 * to the button.
 */
export function LogEffortDialog({ areas, timeZone, callback, callbacks, buttonLabel = "Log effort", variant = "primary", size = "md", className = "" }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const trigger = useRef<HTMLSpanElement>(null);
  const hasAreas = areas.some((area) => !area.isArchived);

  function close() {
    setOpen(false);
    requestAnimationFrame(() => trigger.current?.querySelector("button")?.focus());
  }

  return (
    <div className={`space-y-2 ${className}`}>
      <span ref={trigger} className="inline-block">
      <Button
        type="button"
        variant={variant}
        size={size}
        onClick={() => {
          setMessage(null);
          setOpen(true);
        }}
        disabled={!hasAreas}
        title={hasAreas ? undefined : "Add an area in Settings first."}
      >
        {buttonLabel}
      </Button>
      </span>
      <div aria-live="polite">{message ? <FormMessage tone="success">{message}</FormMessage> : null}</div>
      <ActionDialog
        open={open}
        title={callback ? "Log effort for this callback" : "Log effort"}
        description="Energy points you put into an area; they make up your actual shares on the Portfolio page."
        onClose={close}
      >
        {open ? (
          <EffortForm
            areas={areas}
            timeZone={timeZone}
            callback={callback}
            callbacks={callbacks}
            onDone={(text) => {
              setMessage(text);
              close();
            }}
            onDismiss={close}
          />
        ) : null}
      </ActionDialog>
    </div>
  );
}
