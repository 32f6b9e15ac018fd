// Date-likes as day spans, periods, inside and overlap: the definitions of the format, by hand-computed days.
import { describe, expect, it } from 'vitest';
import { isImpossibleDate, isInside, overlaps, periodSpan, spanOf } from '../../src/validate/dates.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('spanOf', () => {
  it('covers the whole days of a year, half-year, quarter, month and day', () => {
    expect(spanOf(2018)).toEqual({ first: day('2018-01-01'), last: day('2018-12-31') });
    expect(spanOf('2018')).toEqual(spanOf(2018));
    expect(spanOf('2024-H1')).toEqual({ first: day('2024-01-01'), last: day('2024-06-30') });
    expect(spanOf('2024-H2')).toEqual({ first: day('2024-07-01'), last: day('2024-12-31') });
    expect(spanOf('2024-Q1')).toEqual({ first: day('2024-01-01'), last: day('2024-03-31') });
    expect(spanOf('2023-Q4')).toEqual({ first: day('2023-10-01'), last: day('2023-12-31') });
    expect(spanOf('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(spanOf('2023-02')).toEqual({ first: day('2023-02-01'), last: day('2023-02-28') });
    expect(spanOf('2024-05-17')).toEqual({ first: day('2024-05-17'), last: day('2024-05-17') });
  });
  it('rejects days not in the calendar, years outside 1900–2100 and other shapes', () => {
    expect(spanOf('2023-02-29')).toBeUndefined();
    expect(spanOf('2024-13')).toBeUndefined();
    expect(spanOf(1899)).toBeUndefined();
    expect(spanOf(2101)).toBeUndefined();
    expect(spanOf('2024-q1')).toBeUndefined();
    expect(spanOf(2018.5)).toBeUndefined();
  });
});

describe('periods', () => {
  it('runs from the first day of start to the last day of end', () => {
    expect(periodSpan(2018, 2022)).toEqual({ first: day('2018-01-01'), last: day('2022-12-31') });
  });
  it('inside and overlap follow the spec definitions, bounds included', () => {
    const plan = periodSpan(2018, 2022)!;
    expect(isInside(periodSpan('2018-01-01', '2022-H2')!, plan)).toBe(true);
    expect(isInside(periodSpan('2017-Q4', 2019)!, plan)).toBe(false);
    expect(overlaps(spanOf(2022)!, plan)).toBe(true);
    expect(overlaps(spanOf(2023)!, plan)).toBe(false);
  });
  it('flags only days that the schema pattern admits but the calendar lacks', () => {
    expect(isImpossibleDate('2023-02-29')).toBe(true);
    expect(isImpossibleDate('2024-04-31')).toBe(true);
    expect(isImpossibleDate('2024-02-29')).toBe(false);
    expect(isImpossibleDate('2024-13')).toBe(false);
  });
});
