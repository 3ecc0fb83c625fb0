import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Runs a page's load; a NOT_FOUND AppError (a week not started, not yours) becomes the 404 page. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
