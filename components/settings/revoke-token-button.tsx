"use client";

import { useRef, useState } from "react";
import { revokeTokenAction } from "@/app/(app)/settings/api/actions";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import { ActionError, DialogFooter } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button, buttonClasses } from "@/components/ui/button";

/** Revoke, confirmed in a dialog: scripts using the token stop working with their next request. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const { isPending, error, run } = useActionRunner(() => setOpen(false));

  function close() {
    setOpen(false);
    requestAnimationFrame(() => trigger.current?.focus());
  }

  return (
    <>
      <button ref={trigger} type="button" onClick={() => setOpen(true)} aria-label={`Revoke ${name}`} className={`${buttonClasses("ghost", "sm")} text-red-700 dark:text-red-400`}>
        Revoke
      </button>
      <ActionDialog open={open} title={`Revoke “${name}”?`} onClose={close}>
        <p className="text-sm text-slate-600 dark:text-slate-400">Anything using this token stops working at once. This can&apos;t be undone; you can create a new token any time.</p>
        <ActionError error={error} />
        <DialogFooter>
          <Button type="button" variant="secondary" onClick={close} autoFocus>
            Cancel
          </Button>
          <Button type="button" variant="danger" isPending={isPending} pendingLabel="Revoking…" onClick={() => run(() => revokeTokenAction(tokenId), "Revoked.")}>
            Revoke token
          </Button>
        </DialogFooter>
      </ActionDialog>
    </>
  );
}
