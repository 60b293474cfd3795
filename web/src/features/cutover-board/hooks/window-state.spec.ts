import { describe, expect, it } from '@jest/globals';
import { completion, splitMinutes, windowState } from './window-state';

const start = '2026-03-06T15:00:00.000Z';
const end = '2026-03-06T21:00:00.000Z';

describe('windowState', () => {
  it('counts down to the start before the window opens', () => {
    expect(windowState(Date.parse('2026-03-06T14:30:00.000Z'), start, end)).toEqual({ kind: 'upcoming', minutes: 30 });
  });

  it('counts the minutes left while the window runs, rounding up', () => {
    expect(windowState(Date.parse('2026-03-06T18:44:30.000Z'), start, end)).toEqual({ kind: 'running', minutes: 136 });
    expect(windowState(Date.parse(start), start, end)).toEqual({ kind: 'running', minutes: 360 });
  });

  it('says ended from the end on, and nothing without a window', () => {
    expect(windowState(Date.parse(end), start, end)).toEqual({ kind: 'ended' });
    expect(windowState(Date.parse(end), null, end)).toEqual({ kind: 'none' });
    expect(windowState(Date.parse(end), start, 'kaputt')).toEqual({ kind: 'none' });
  });
});

describe('splitMinutes and completion', () => {
  it('splits minutes into days, hours and minutes', () => {
    expect(splitMinutes(135)).toEqual({ days: 0, hours: 2, minutes: 15 });
    expect(splitMinutes(1440 * 3 + 61)).toEqual({ days: 3, hours: 1, minutes: 1 });
    expect(splitMinutes(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('rounds the share of required steps done', () => {
    expect(completion(1, 3)).toBe(33);
    expect(completion(0, 0)).toBe(0);
    expect(completion(7, 7)).toBe(100);
  });
});
