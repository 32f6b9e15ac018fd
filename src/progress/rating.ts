// The rating of a quantitative indicator in a progress report (spec section 10): achieved share against expected share.
import { localized } from '../intl.js';

export type Rating = 'on-track' | 'at-risk' | 'off-track' | 'not-rated';

export interface RatingInput {
  baseline?: { value?: number; year: number };
  target?: { value?: number; year: number };
  /** The reported value and the year it is for. */
  reported?: { value?: number; year: number };
}

export interface RatingResult {
  rating: Rating;
  /** (a − b) / (t − b), rounded to 6 decimals; not clipped (over 1 means the target is exceeded). */
  achieved?: number;
  /** (y − yb) / (yt − yb) clipped to 0–1, rounded to 6 decimals. */
  expected?: number;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function rate({ baseline, target, reported }: RatingInput): RatingResult {
  const b = baseline?.value;
  const t = target?.value;
  const a = reported?.value;
  if (b === undefined || t === undefined || a === undefined || !baseline || !target || !reported) return { rating: 'not-rated' };
  if (t === b || target.year <= baseline.year) return { rating: 'not-rated' };
  // Right for descending indicators too: both differences change sign together.
  const achieved = round6((a - b) / (t - b));
  const expected = round6(Math.min(1, Math.max(0, (reported.year - baseline.year) / (target.year - baseline.year))));
  const rating: Rating = achieved >= round6(expected - 0.1) ? 'on-track' : achieved >= round6(expected - 0.25) ? 'at-risk' : 'off-track';
  return { rating, achieved, expected };
}

/** A share as a percentage with one decimal, rounded half up, in the document's language ("57.1 %", "57,1 %"). */
export function sharePercent(share: number, language: string): string {
  const tenths = Math.floor(share * 1000 + 0.5 + 1e-9) / 10;
  const format = localized('tenths', language, (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return `${format.format(tenths)} %`;
}
