import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { addDaysToKey, dayKeyToDate } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { enqueueMissedCheckIns } from "@/lib/server/webhooks/enqueue-missed-check-ins";
import { saveWebhook } from "@/lib/server/webhooks/save-webhook";
import { createTestUser } from "../factories";

const NOW = new Date();

async function userWithCommitment(options: { webhook: boolean }) {
  const user = await createTestUser({ timeZone: "America/New_York" });
  if (options.webhook) await saveWebhook(user.id, { url: "http://127.0.0.1:9/hook" }, NOW);
  const today = dayKeyInZone(NOW, user.timeZone);
  const commitment = await getDb().commitment.create({
    data: { userId: user.id, title: "Run daily", cadence: "DAILY", startsOn: dayKeyToDate(addDaysToKey(today, -10)), endsOn: dayKeyToDate(addDaysToKey(today, 10)) },
  });
  return { user, commitment, missed: addDaysToKey(today, -2) };
}

describe("check-ins that go by without one", () => {
  test("are queued once per period for users with a webhook", async () => {
    const { user, commitment, missed } = await userWithCommitment({ webhook: true });
    await enqueueMissedCheckIns(NOW);
    await enqueueMissedCheckIns(NOW);
    const rows = await getDb().webhookDelivery.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dedupeKey).toBe(`missed:${commitment.id}:${missed}`);
    expect(JSON.parse(rows[0]!.body)).toMatchObject({ type: "commitment.check_in_missed", data: { commitment: { id: commitment.id }, period: missed, reason: "no_check_in" } });
  });

  test("a checked-in period, a user without a webhook, or a disabled one: nothing", async () => {
    const checked = await userWithCommitment({ webhook: true });
    await getDb().commitmentCheckIn.create({ data: { commitmentId: checked.commitment.id, userId: checked.user.id, period: dayKeyToDate(checked.missed), kept: true } });
    const without = await userWithCommitment({ webhook: false });
    const disabled = await userWithCommitment({ webhook: true });
    await getDb().webhook.update({ where: { userId: disabled.user.id }, data: { disabledAt: NOW, disabledReason: "test" } });
    await enqueueMissedCheckIns(NOW);
    const count = await getDb().webhookDelivery.count({ where: { userId: { in: [checked.user.id, without.user.id, disabled.user.id] } } });
    expect(count).toBe(0);
  });
});
