/** Text limits the forms show and the schemas enforce (no imports: client components read it too). */
export const CALLBACK_TEXT_LIMITS = { title: 200, counterparty: 200, channel: 100, link: 2000, notes: 5000, note: 2000, label: 200 } as const;
