import { getDb } from "@/lib/db";

/** How many ACTIVE commitments the user has (upcoming and awaiting a verdict included). Index userId,state,endsOn. */
export async function countActiveCommitments(userId: string): Promise<number> {
  return getDb().commitment.count({ where: { userId, state: "ACTIVE" } });
}
