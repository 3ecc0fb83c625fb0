import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { breakCommitment } from "@/lib/server/commitments/break-commitment";
import { breakCommitmentOperation } from "@/lib/v1/operations/commitments";
import { presentCommitment } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(breakCommitmentOperation, async ({ user, params, body }) => presentCommitment(await breakCommitment(user, params.id, body, new Date())), {
  replay: async ({ user, resultRef }) => presentCommitment((await getCommitment(user, resultRef, new Date())).commitment),
});
