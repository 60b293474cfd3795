/** One day's decisions, as the confirmationTimeline query returns them. */
export interface Day {
  day: string;
  confirmed: number;
  rejected: number;
}

/** At most this many days are drawn (the most recent ones); the table lists them too. */
const MAX_DAYS = 60;

const addDay = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Every calendar day from the first to the last decision (days without any count 0), the last MAX_DAYS. */
export function fillDays(rows: Day[]): Day[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const last = rows[rows.length - 1].day;
  const out: Day[] = [];
  for (let day = rows[0].day; day <= last; day = addDay(day, 1)) {
    out.push(byDay.get(day) ?? { day, confirmed: 0, rejected: 0 });
  }
  return out.slice(-MAX_DAYS);
}
