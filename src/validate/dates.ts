// Date-like values (year, half-year, quarter, month, day) as the whole days they cover, and periods.

/** Whole days since 1970-01-01 (UTC), inclusive bounds. */
export interface Span {
  first: number;
  last: number;
}

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const SHAPES: [RegExp, (g: number[]) => Span | undefined][] = [
  [/^(\d{4})$/, ([y]) => ({ first: day(y!, 1, 1), last: day(y!, 12, 31) })],
  [/^(\d{4})-H([12])$/, ([y, h]) => ({ first: day(y!, h === 1 ? 1 : 7, 1), last: h === 1 ? day(y!, 6, 30) : day(y!, 12, 31) })],
  [/^(\d{4})-Q([1-4])$/, ([y, q]) => ({ first: day(y!, 3 * q! - 2, 1), last: day(y!, 3 * q!, lastDayOfMonth(y!, 3 * q!)) })],
  [/^(\d{4})-(\d{2})$/, ([y, m]) => (m! >= 1 && m! <= 12 ? { first: day(y!, m!, 1), last: day(y!, m!, lastDayOfMonth(y!, m!)) } : undefined)],
  [
    /^(\d{4})-(\d{2})-(\d{2})$/,
    ([y, m, d]) => (m! >= 1 && m! <= 12 && d! >= 1 && d! <= lastDayOfMonth(y!, m!) ? { first: day(y!, m!, d!), last: day(y!, m!, d!) } : undefined),
  ],
];

/** The days a date-like covers; undefined when it is not one (wrong shape, no such day, year outside 1900–2100). */
export function spanOf(value: unknown): Span | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  for (const [shape, make] of SHAPES) {
    const match = shape.exec(text);
    if (!match) continue;
    const parts = match.slice(1).map(Number);
    if (parts[0]! < 1900 || parts[0]! > 2100) return undefined;
    return make(parts);
  }
  return undefined;
}

/** True for a day that the schema's pattern lets through but the calendar does not have (2023-02-30, 2017-02-29). */
export function isImpossibleDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) && spanOf(value) === undefined;
}

/** first(start) to last(end); undefined when a bound is not a date-like. */
export function periodSpan(start: unknown, end: unknown): Span | undefined {
  const a = spanOf(start);
  const b = spanOf(end);
  return a && b ? { first: a.first, last: b.last } : undefined;
}

export const isReversed = (s: Span): boolean => s.first > s.last;
export const isInside = (a: Span, b: Span): boolean => a.first >= b.first && a.last <= b.last;
export const overlaps = (a: Span, b: Span): boolean => a.first <= b.last && b.first <= a.last;
