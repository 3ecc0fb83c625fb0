"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { deleteCallbackAction } from "@/app/(app)/callbacks/actions";
import { Button } from "@/components/ui/button";
import { ActionDialog } from "./action-dialog";
import { ActionError, DialogFooter } from "./form-bits";
import { CALLBACKS_PATH } from "./list-query";
import { useActionRunner } from "./use-action-runner";

/** Delete, confirmed in a dialog; on success, back to the list. Always available, whatever the state. */
export function DeleteButton({
  callbackId,
  title,
  hidden = false,
  onOpenChange,
}: {
  callbackId: string;
  title: string;
  /** True while another dialog is open (the page behind a modal is inert). */
  hidden?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLDivElement>(null);
  const { isPending, error, run } = useActionRunner(() => undefined);

  function show() {
    setOpen(true);
    onOpenChange?.(true);
  }

  function close() {
    setOpen(false);
    onOpenChange?.(false);
    // The trigger is inert while the dialog is open; focus it once React has re-rendered.
    requestAnimationFrame(() => trigger.current?.querySelector("button")?.focus());
  }

  return (
    <>
      <div ref={trigger} inert={hidden || open} aria-hidden={hidden || open || undefined}>
        <button
          type="button"
          onClick={show}
          className="inline-flex w-full items-center justify-center rounded-lg px-4 py-2 text-sm font-medium text-red-700 transition-colors hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
        >
          Delete
        </button>
      </div>
      <ActionDialog open={open} title="Delete this callback and its history?" onClose={close}>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          “{title}” and every event in its history will be removed. This can&apos;t be undone.
        </p>
        <ActionError error={error} />
        <DialogFooter>
          <Button type="button" variant="secondary" onClick={close} autoFocus>
            Cancel
          </Button>
          <Button
            type="button"
            variant="danger"
            isPending={isPending}
            pendingLabel="Deleting…"
            onClick={() => run(() => deleteCallbackAction(callbackId), "Deleted.", () => router.replace(`${CALLBACKS_PATH}?deleted=1`))}
          >
            Delete
          </Button>
        </DialogFooter>
      </ActionDialog>
    </>
  );
}
