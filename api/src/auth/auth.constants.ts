/** A session ends after this long without a request … */
export const SESSION_IDLE_MINUTES = 30;
/** … and at the latest this long after sign-in. */
export const SESSION_ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, not on every request. */
export const SESSION_TOUCH_SECONDS = 30;

/** Failed sign-ins counted over this window … */
export const THROTTLE_WINDOW_MINUTES = 15;
/** … per e-mail address (reset by a successful sign-in) … */
export const THROTTLE_PER_ACCOUNT = 5;
/** … and per client IP (not reset: one working account must not unlock guessing others). */
export const THROTTLE_PER_IP = 20;

/** Set-password links (new account, reset by an admin) are valid this long, once. */
export const PASSWORD_TOKEN_HOURS = 72;
