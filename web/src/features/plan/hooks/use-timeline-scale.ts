const DAY = 86_400_000;

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export interface TimelineScale {
  /** Position of a day in percent of the track width. */
  at: (day: string) => number;
  /** Month starts inside the range, for the axis. */
  months: { day: string; left: number }[];
}

/** A linear day scale over all given days (and today), padded by a week on each side. */
export function timelineScale(days: string[], today: string): TimelineScale | null {
  const times = days.map(toTime).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return null;
  times.push(toTime(today));
  const start = Math.min(...times) - 7 * DAY;
  const end = Math.max(...times) + 7 * DAY;
  const at = (day: string) => ((toTime(day) - start) / (end - start)) * 100;
  const months: { day: string; left: number }[] = [];
  const cursor = new Date(start);
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() < end) {
    const day = cursor.toISOString().slice(0, 10);
    months.push({ day, left: at(day) });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  // At most about a dozen labels: every month, quarter, half year or year, as the range needs.
  const step = [1, 3, 6, 12].find((n) => months.length / n <= 12) ?? Math.ceil(months.length / 12);
  return { at, months: months.filter((m) => (Number(m.day.slice(5, 7)) - 1) % step === 0) };
}

/** Today as YYYY-MM-DD in the user's own calendar. */
export function todayDay(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}
