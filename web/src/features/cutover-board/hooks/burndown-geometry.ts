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

/** Evenly spaced time ticks, at most `count`. */
export function timeTicks(scale: Scale, count: number): number[] {
  const step = (scale.to - scale.from) / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => scale.from + i * step);
}
