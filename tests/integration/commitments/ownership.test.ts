import { describe, expect, test } from "vitest";
import { breakCommitment } from "@/lib/server/commitments/break-commitment";
import { cancelCommitment } from "@/lib/server/commitments/cancel-commitment";
import { checkIn } from "@/lib/server/commitments/check-in";
import { closeCommitment } from "@/lib/server/commitments/close-commitment";
import { editCommitment } from "@/lib/server/commitments/edit-commitment";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { listCommitmentTickItems } from "@/lib/server/commitments/list-commitment-tick-items";
import { listCommitments } from "@/lib/server/commitments/list-commitments";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { getLoad } from "@/lib/server/load/get-load";
import { captureCallbackSchema } from "@/lib/validation/callbacks";
import { expectAppError } from "../callbacks/helpers";
import { createTestUser } from "../factories";
import { NOW, NY, actorOf, commitmentSnapshot, insertArea, insertCommitment } from "./helpers";

describe("[commitments] ownership: user B can't see or change A's commitment", () => {
  test("every server function answers 'not found' and nothing changes", async () => {
    const a = actorOf(await createTestUser({ timeZone: NY }));
    const b = actorOf(await createTestUser({ timeZone: NY }));
    const area = await insertArea(a, "Writing");
    // Ended yesterday, so closing would otherwise be allowed; started 33 days ago, so cancelling too.
    const commitment = await insertCommitment(a, { areaId: area.id, startsOn: "2035-05-11", endsOn: "2035-06-12" });
    const before = await commitmentSnapshot(commitment.id);

    for (const call of [
      () => getCommitment(b, commitment.id, NOW),
      () => checkIn(b, { commitmentId: commitment.id, period: "2035-06-12", kept: true }, NOW),
      () => editCommitment(b, commitment.id, { title: "Mine now", endsOn: "2035-07-01", cadence: "DAILY" }, NOW),
      () => breakCommitment(b, commitment.id, { note: "Ha" }, NOW),
      () => closeCommitment(b, commitment.id, { verdict: "KEPT", reflection: "Ha" }, NOW),
      () => cancelCommitment(b, commitment.id, NOW),
    ]) {
      const error = await expectAppError(call(), "NOT_FOUND");
      expect(error.message).toBe("That commitment was not found.");
    }
    expect(await listCommitments(b, NOW)).toEqual({ active: [], past: [] });
    expect(await listCommitmentTickItems(b, NOW)).toEqual([]);
    expect((await getLoad(b, NOW)).load).toBe(0);
    expect(await commitmentSnapshot(commitment.id)).toEqual(before);
    // A still sees it.
    expect((await getCommitment(a, commitment.id, NOW)).commitment.id).toBe(commitment.id);
  });

  test("A's commitment doesn't guard B's captures", async () => {
    const a = actorOf(await createTestUser({ timeZone: NY }));
    const b = actorOf(await createTestUser({ timeZone: NY }));
    const commitment = await insertCommitment(a, { areaId: (await insertArea(a, "Writing")).id });
    const result = await captureCallback(b, captureCallbackSchema.parse({ title: "Apply to Acme" }), NOW);
    expect(result.status).toBe("created");
    expect((await commitmentSnapshot(commitment.id)).overrides).toEqual([]);
  });
});
