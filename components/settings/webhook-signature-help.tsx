import { Card, CardHeader } from "@/components/ui/card";

const SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// header: the Lifeloop-Signature header, "t=<unix seconds>,v1=<hex>"
// body: the raw request body, exactly as received
function isFromLifeloop(secret, header, body) {
  const { t, v1 } = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  if (Math.abs(Date.now() / 1000 - Number(t)) > 300) return false; // replay
  const expected = createHmac("sha256", secret).update(\`\${t}.\${body}\`).digest();
  const given = Buffer.from(v1 ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

/** How a receiver checks that an event came from Lifeloop (the README has the same). */
export function WebhookSignatureHelp() {
  return (
    <Card>
      <CardHeader
        title="Verifying events"
        description="Each POST carries Lifeloop-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of “t.body” with your secret, hex>, plus Lifeloop-Event and Lifeloop-Delivery. Refuse old timestamps (5 minutes) to stop replays; the event's id is unique, so a retry can be recognised."
      />
      <pre className="overflow-x-auto rounded-lg bg-slate-950 p-4 text-xs text-slate-100">
        <code>{SNIPPET}</code>
      </pre>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Events: <code>callback.fulfilled</code>, <code>callback.rejected</code>, <code>callback.timed_out</code>, <code>commitment.check_in_missed</code>,{" "}
        <code>review.completed</code> and <code>webhook.test</code>. Answer with any 2xx within 10 seconds.
      </p>
    </Card>
  );
}
