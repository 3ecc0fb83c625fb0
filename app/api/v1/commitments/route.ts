import { AppError } from "@/lib/errors";
import { createCommitment } from "@/lib/server/commitments/create-commitment";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { listCommitments } from "@/lib/server/commitments/list-commitments";
import { createCommitmentOperation, listCommitmentsOperation } from "@/lib/v1/operations/commitments";
import { presentCommitmentDetail, presentCommitmentList } from "@/lib/v1/present/commitment";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listCommitmentsOperation, async ({ user }) => presentCommitmentList(await listCommitments(user, new Date())));

/**
 * As at capture: scripts can't answer the overload question, so the API goes ahead and reports it
 * in `warnings`, unless the client asks to be asked (`confirmOverflow: false` → 409).
 */
export const POST = v1Route(
  createCommitmentOperation,
  async ({ user, body }) => {
    const now = new Date();
    const result = await createCommitment(user, { ...body, confirmOverflow: body.confirmOverflow ?? true }, now);
    if (result.status === "needs-confirmation") {
      const { message, reason, reasons, load, capacity } = result;
      throw new AppError("NEEDS_CONFIRMATION", message, undefined, { details: { reason, reasons, load, capacity } });
    }
    return {
      ...presentCommitmentDetail(await getCommitment(user, result.id, now)),
      warnings: result.confirmed.map(({ reason, message }) => ({ code: reason, message })),
    };
  },
  // The create committed but its answer was lost: the commitment as it is now, without warnings.
  { replay: async ({ user, resultRef }) => ({ ...presentCommitmentDetail(await getCommitment(user, resultRef, new Date())), warnings: [] }) },
);
