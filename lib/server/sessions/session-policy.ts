/** How long a session lasts from sign-in (the cookie's own lifetime is the same). Seconds. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A session's lastSeenAt is written at most this often, so reading a page is not a write. Minutes. */
export const LAST_SEEN_RESOLUTION_MINUTES = 5;
