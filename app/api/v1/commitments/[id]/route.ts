import { editCommitment } from "@/lib/server/commitments/edit-commitment";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { getCommitmentOperation, updateCommitmentOperation } from "@/lib/v1/operations/commitments";
import { presentCommitment, presentCommitmentDetail } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getCommitmentOperation, async ({ user, params }) => presentCommitmentDetail(await getCommitment(user, params.id, new Date())));

export const PUT = v1Route(updateCommitmentOperation, async ({ user, params, body }) => presentCommitment(await editCommitment(user, params.id, body, new Date())));
