import { snoozeCommitmentCheckIn } from "@/lib/server/tick/snooze-commitment-check-in";
import { snoozeCommitmentCheckInOperation } from "@/lib/v1/operations/commitments";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(snoozeCommitmentCheckInOperation, async ({ user, params }) => ({
  id: params.id,
  ...(await snoozeCommitmentCheckIn(user, params.id, new Date())),
}));
