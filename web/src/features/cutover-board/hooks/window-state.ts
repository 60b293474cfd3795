/** Where a cutover window stands relative to "now" (server time). */
export type WindowState =
  { kind: 'none' } | { kind: 'upcoming'; minutes: number } | { kind: 'running'; minutes: number } | { kind: 'ended' };

/**
 * Minutes until the window opens, minutes left while it runs, or ended. Minutes round up so
 * "noch 1 min" shows until the very end rather than "noch 0 min".
 */
export function windowState(now: number, start: string | null, end: string | null): WindowState {
  if (!start || !end) return { kind: 'none' };
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to)) return { kind: 'none' };
  if (now < from) return { kind: 'upcoming', minutes: Math.ceil((from - now) / 60_000) };
  if (now < to) return { kind: 'running', minutes: Math.ceil((to - now) / 60_000) };
  return { kind: 'ended' };
}

/** Splits minutes into days, hours and minutes for "2 h 15 min" or "3 Tg. 4 h". */
export function splitMinutes(minutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.round(minutes));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** Percentage of required checklist steps done; a wave without required steps counts as 0 %. */
export function completion(done: number, required: number): number {
  return required > 0 ? Math.round((100 * done) / required) : 0;
}
