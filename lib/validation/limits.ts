/** Text limits the forms show and the schemas enforce (no imports: client components read it too). */
export const CALLBACK_TEXT_LIMITS = { title: 200, counterparty: 200, channel: 100, link: 2000, notes: 5000, note: 2000, label: 200 } as const;

/** Most energy points one effort entry can hold: a whole day's effort is rarely more than a few dozen. */
export const EFFORT_POINTS_MAX = 100;
/** Minutes in a day: an effort entry records effort on one day. */
export const EFFORT_MINUTES_MAX = 1440;
export const EFFORT_NOTE_MAX = 500;
