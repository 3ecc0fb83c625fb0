import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestUser } from "../factories";

// Commitment days and review weeks are Postgres DATE columns: a calendar day with no zone. They
// must come back as the same day (midnight UTC) through both driver adapters.
describe("[foundation] date columns", () => {
  it("round-trips a calendar day unchanged", async () => {
    const user = await createTestUser();
    const db = getDb();
    const created = await db.commitment.create({
      data: {
        userId: user.id,
        title: "Ship the portfolio",
        startsOn: new Date("2026-03-29T00:00:00Z"),
        endsOn: new Date("2026-04-05T00:00:00Z"),
        cadence: "DAILY",
      },
    });
    const read = await db.commitment.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.startsOn.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(read.endsOn.toISOString()).toBe("2026-04-05T00:00:00.000Z");
    const found = await db.commitment.count({
      where: { userId: user.id, startsOn: { lte: new Date("2026-03-29T00:00:00Z") }, endsOn: { gte: new Date("2026-04-05T00:00:00Z") } },
    });
    expect(found).toBe(1);
  });
});
