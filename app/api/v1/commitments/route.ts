import { createCommitment } from "@/lib/server/commitments/create-commitment";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { listCommitments } from "@/lib/server/commitments/list-commitments";
import { createCommitmentOperation, listCommitmentsOperation } from "@/lib/v1/operations/commitments";
import { presentCommitmentDetail, presentCommitmentList } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listCommitmentsOperation, async ({ user }) => presentCommitmentList(await listCommitments(user, new Date())));

export const POST = v1Route(
  createCommitmentOperation,
  async ({ user, body }) => {
    const now = new Date();
    const { id } = await createCommitment(user, body, now);
    return presentCommitmentDetail(await getCommitment(user, id, now));
  },
  { replay: async ({ user, resultRef }) => presentCommitmentDetail(await getCommitment(user, resultRef, new Date())) },
);
