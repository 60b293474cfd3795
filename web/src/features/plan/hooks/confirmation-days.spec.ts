import { describe, expect, it } from '@jest/globals';
import { fillDays } from './confirmation-days';

describe('fillDays', () => {
  it('fills the days without decisions between the first and the last one with zeros', () => {
    expect(
      fillDays([
        { day: '2026-02-27', confirmed: 3, rejected: 1 },
        { day: '2026-03-02', confirmed: 1, rejected: 0 },
      ]),
    ).toEqual([
      { day: '2026-02-27', confirmed: 3, rejected: 1 },
      { day: '2026-02-28', confirmed: 0, rejected: 0 },
      { day: '2026-03-01', confirmed: 0, rejected: 0 },
      { day: '2026-03-02', confirmed: 1, rejected: 0 },
    ]);
  });

  it('keeps the most recent 60 days and returns nothing for no decisions', () => {
    const days = fillDays([
      { day: '2026-01-01', confirmed: 1, rejected: 0 },
      { day: '2026-06-30', confirmed: 2, rejected: 0 },
    ]);
    expect(days).toHaveLength(60);
    expect(days[59]).toEqual({ day: '2026-06-30', confirmed: 2, rejected: 0 });
    expect(days[0].day).toBe('2026-05-02');
    expect(fillDays([])).toEqual([]);
  });
});
