import type { CaptureConfirmReason } from "@/lib/server/callbacks/capture-callback";

/** The capture input flags that confirm the questions a capture asked (overload, focus guard). */
export function confirmationFlags(reasons: readonly CaptureConfirmReason[]): { confirmOverflow?: true; confirmCompeting?: true } {
  return {
    ...(reasons.includes("overflow") ? { confirmOverflow: true as const } : {}),
    ...(reasons.includes("competes") ? { confirmCompeting: true as const } : {}),
  };
}
