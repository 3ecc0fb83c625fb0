import { checkIn } from "@/lib/server/commitments/check-in";
import { checkInCommitmentOperation } from "@/lib/v1/operations/commitments";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(checkInCommitmentOperation, async ({ user, params, body }) => {
  const { streak } = await checkIn(user, { ...body, commitmentId: params.id }, new Date());
  return { period: body.period, kept: body.kept, streak };
});
