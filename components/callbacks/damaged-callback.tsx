import { Card, CardHeader } from "@/components/ui/card";
import type { CallbackDetail } from "@/lib/server/callbacks/get-callback";
import { CallbackHeader } from "./callback-header";
import { DeleteButton } from "./delete-button";

const FIELD_LABELS: Record<CallbackDetail["damaged"][number], string> = {
  startedAt: "started",
  expectedReplyBy: "expected reply by",
  timesOutAt: "times out at",
  lastContactAt: "last contact",
  settledAt: "settled",
};

/**
 * A callback whose stored dates can't be read (written outside 1970–2200 directly in the
 * database): what is stored is shown, nothing is computed from those dates, and it can be deleted
 * (or its dates fixed through the API's PATCH).
 */
export function DamagedCallback({ detail }: { detail: CallbackDetail }) {
  const { callback } = detail;
  return (
    <div className="space-y-6">
      <CallbackHeader detail={detail} />
      <Card>
        <CardHeader title="This callback is damaged" />
        <div className="space-y-3 text-sm text-slate-700 dark:text-slate-300">
          <p role="status">
            Lifeloop can&apos;t read some of its dates ({detail.damaged.map((field) => FIELD_LABELS[field]).join(", ")}): they were stored
            outside 1970–2200, which the app never writes. Its deadlines, lateness and probability over time can&apos;t be shown.
          </p>
          <p>
            Its notes: <span className="whitespace-pre-wrap break-words">{callback.notes || "—"}</span>
          </p>
          <p>Delete it and capture it again, or set its dates with the API (PATCH /api/v1/callbacks/{callback.id}).</p>
          <DeleteButton callbackId={callback.id} title={callback.title} />
        </div>
      </Card>
    </div>
  );
}
