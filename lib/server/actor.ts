/** Who is acting: the signed-in user, as every lib/server function needs them. */
export type Actor = { id: string; timeZone: string; capacity: number };
