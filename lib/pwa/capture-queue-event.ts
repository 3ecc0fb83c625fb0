/** Dispatched on window whenever the offline capture queue changes (lib/pwa/capture-queue.ts). */
export const QUEUE_CHANGED_EVENT = "lifeloop:capture-queue";
