import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { cancelCommitment } from "@/lib/server/commitments/cancel-commitment";
import { cancelCommitmentOperation } from "@/lib/v1/operations/commitments";
import { presentCommitment } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(cancelCommitmentOperation, async ({ user, params }) => presentCommitment(await cancelCommitment(user, params.id, new Date())), {
  replay: async ({ user, resultRef }) => presentCommitment((await getCommitment(user, resultRef, new Date())).commitment),
});
