import { describe, expect, it } from '@jest/globals';
import { burndownScale, linePath, stepPath, timeTicks } from './burndown-geometry';

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

  it('spreads the ticks over the whole axis', () => {
    const scale = burndownScale(planned, 10, box);
    expect(timeTicks(scale, 3)).toEqual([
      Date.parse('2026-03-06T15:00:00.000Z'),
      Date.parse('2026-03-06T16:00:00.000Z'),
      Date.parse('2026-03-06T17:00:00.000Z'),
    ]);
  });
});
