import { describe, expect, it } from '@jest/globals';
import { burndownScale, linePath, stepPath, timeTicks, zoneOffset } from './burndown-geometry';

const box = { left: 0, right: 100, top: 0, bottom: 50 };
const planned = [
  { at: '2026-03-06T15:00:00.000Z', remaining: 10 },
  { at: '2026-03-06T17:00:00.000Z', remaining: 0 },
];

describe('burndown geometry', () => {
  it('scales time to x and remaining workstations to y (0 at the bottom)', () => {
    const scale = burndownScale(planned, 10, box);
    expect(scale.x(Date.parse(planned[0].at))).toBe(0);
    expect(scale.x(Date.parse(planned[1].at))).toBe(100);
    expect(scale.y(10)).toBe(0);
    expect(scale.y(0)).toBe(50);
  });

  it('draws the planned line straight and the actual one in steps, held until now', () => {
    const scale = burndownScale(planned, 10, box);
    expect(linePath(planned, scale)).toBe('M0.0,0.0 L100.0,50.0');
    const actual = [
      { at: '2026-03-06T15:00:00.000Z', remaining: 10 },
      { at: '2026-03-06T16:00:00.000Z', remaining: 6 },
    ];
    expect(stepPath(actual, scale, Date.parse('2026-03-06T16:30:00.000Z'))).toBe('M0.0,0.0 H50.0 V20.0 H75.0');
    expect(stepPath([], scale)).toBe('');
  });

  it('puts the ticks on whole hours, with a wider step for a longer span', () => {
    const scale = burndownScale(planned, 10, box);
    expect(timeTicks(scale, 3)).toEqual([
      Date.parse('2026-03-06T15:00:00.000Z'),
      Date.parse('2026-03-06T16:00:00.000Z'),
      Date.parse('2026-03-06T17:00:00.000Z'),
    ]);
    const day = burndownScale(
      [
        { at: '2026-03-05T23:00:00.000Z', remaining: 4 },
        { at: '2026-03-06T22:59:00.000Z', remaining: 0 },
      ],
      4,
      box,
    );
    expect(
      timeTicks(day, 6, zoneOffset(day.from, 'Europe/Berlin')).map((ms) => new Date(ms).toISOString().slice(11, 16)),
    ).toEqual(['23:00', '05:00', '11:00', '17:00']);
    expect(zoneOffset(Date.parse('2026-07-01T12:00:00.000Z'), 'Europe/Berlin')).toBe(7_200_000);
  });
});
