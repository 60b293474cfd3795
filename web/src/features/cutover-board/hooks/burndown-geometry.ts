export interface Point {
  at: string;
  remaining: number;
}

export interface Scale {
  from: number;
  to: number;
  max: number;
  x: (ms: number) => number;
  y: (remaining: number) => number;
}

/** Time axis over the window and every actual point, y from 0 to the total (at least 1). */
export function burndownScale(
  points: Point[],
  total: number,
  box: { left: number; right: number; top: number; bottom: number },
): Scale {
  const times = points.map((p) => Date.parse(p.at)).filter((n) => !Number.isNaN(n));
  const from = times.length ? Math.min(...times) : 0;
  // A single instant still gets a visible width of one hour.
  const to = times.length ? Math.max(from + 3_600_000, ...times) : 3_600_000;
  const max = Math.max(1, total, ...points.map((p) => p.remaining));
  return {
    from,
    to,
    max,
    x: (ms) => box.left + ((ms - from) / (to - from)) * (box.right - box.left),
    y: (remaining) => box.bottom - (remaining / max) * (box.bottom - box.top),
  };
}

/** Straight segments between the points (the planned line). */
export function linePath(points: Point[], scale: Scale): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${scale.x(Date.parse(p.at)).toFixed(1)},${scale.y(p.remaining).toFixed(1)}`)
    .join(' ');
}

/** A step line: the count holds until the next change, then drops or rises (the actual line). */
export function stepPath(points: Point[], scale: Scale, until?: number): string {
  if (points.length === 0) return '';
  const parts: string[] = [];
  points.forEach((p, i) => {
    const x = scale.x(Date.parse(p.at)).toFixed(1);
    const y = scale.y(p.remaining).toFixed(1);
    parts.push(i === 0 ? `M${x},${y}` : `H${x} V${y}`);
  });
  if (until !== undefined) parts.push(`H${scale.x(Math.min(until, scale.to)).toFixed(1)}`);
  return parts.join(' ');
}

const HOUR = 3_600_000;
const STEPS = [1, 2, 3, 6, 12, 24, 48, 168].map((h) => h * HOUR);

/**
 * Ticks on whole local hours (every 1, 2, 3, 6, 12 … hours), at most `count` of them;
 * `offsetMs` is the local time zone's offset from UTC, so 6-hour steps fall on 00:00, 06:00 ….
 */
export function timeTicks(scale: Scale, count: number, offsetMs = 0): number[] {
  const span = scale.to - scale.from;
  const step = STEPS.find((s) => span / s <= count - 1) ?? STEPS[STEPS.length - 1];
  const ticks: number[] = [];
  const first = Math.ceil((scale.from + offsetMs) / step) * step - offsetMs;
  for (let at = first; at <= scale.to; at += step) ticks.push(at);
  return ticks;
}

/** Offset of a time zone from UTC at an instant, in ms (Europe/Berlin: 1 h in winter, 2 h in summer). */
export function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return local - Math.floor(at / 60_000) * 60_000;
}
