import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { closeCommitment } from "@/lib/server/commitments/close-commitment";
import { closeCommitmentOperation } from "@/lib/v1/operations/commitments";
import { presentCommitment } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(closeCommitmentOperation, async ({ user, params, body }) => presentCommitment(await closeCommitment(user, params.id, body, new Date())), {
  replay: async ({ user, resultRef }) => presentCommitment((await getCommitment(user, resultRef, new Date())).commitment),
});
