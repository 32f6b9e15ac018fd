// Ratings computed by hand from the spec's rule (section 10), not from this code's output.
import { describe, expect, it } from 'vitest';
import { rate, sharePercent } from '../../src/progress/rating.js';

// Baseline 10 in 2019, target 50 in 2023: expected share in 2021 = (2021 − 2019) / (2023 − 2019) = 0.5.
const plan = { baseline: { value: 10, year: 2019 }, target: { value: 50, year: 2023 } };
const at2021 = (value: number) => rate({ ...plan, reported: { value, year: 2021 } });

describe('rate', () => {
  it('is on track exactly at expected − 0.10 and at risk just below it', () => {
    // achieved = (a − 10) / 40; expected − 0.10 = 0.40 → a = 26.
    expect(at2021(26)).toEqual({ rating: 'on-track', achieved: 0.4, expected: 0.5 });
    // a = 25.96 → achieved 0.399 < 0.40.
    expect(at2021(25.96).rating).toBe('at-risk');
  });

  it('is at risk exactly at expected − 0.25 and off track just below it', () => {
    // expected − 0.25 = 0.25 → a = 20.
    expect(at2021(20)).toEqual({ rating: 'at-risk', achieved: 0.25, expected: 0.5 });
    expect(at2021(19.96).rating).toBe('off-track');
  });

  it('rates a descending indicator by the same formula', () => {
    // Waiting days: baseline 30 (2018), target 10 (2022); 2020 → expected 0.5; 20 days → achieved (20 − 30)/(10 − 30) = 0.5.
    expect(rate({ baseline: { value: 30, year: 2018 }, target: { value: 10, year: 2022 }, reported: { value: 20, year: 2020 } })).toEqual({ rating: 'on-track', achieved: 0.5, expected: 0.5 });
    // Going the wrong way: 35 days → achieved −0.25: off track.
    expect(rate({ baseline: { value: 30, year: 2018 }, target: { value: 10, year: 2022 }, reported: { value: 35, year: 2020 } }).rating).toBe('off-track');
  });

  it('shows a target already exceeded as more than 100 % (not clipped), and clips the expected share to 0–1', () => {
    // 2025, after the target year: expected clipped to 1; 60 → achieved (60 − 10)/40 = 1.25.
    expect(rate({ ...plan, reported: { value: 60, year: 2025 } })).toEqual({ rating: 'on-track', achieved: 1.25, expected: 1 });
    // Before the baseline year: expected clipped to 0.
    expect(rate({ ...plan, reported: { value: 10, year: 2018 } })).toEqual({ rating: 'on-track', achieved: 0, expected: 0 });
  });

  it('does not rate without a baseline value, target value or reported value, or when target = baseline or its year is not later', () => {
    expect(rate({ baseline: { year: 2019 }, target: plan.target, reported: { value: 20, year: 2021 } }).rating).toBe('not-rated');
    expect(rate({ ...plan, reported: { year: 2021 } }).rating).toBe('not-rated');
    expect(rate({ baseline: { value: 10, year: 2019 }, target: { value: 10, year: 2023 }, reported: { value: 12, year: 2021 } }).rating).toBe('not-rated');
    expect(rate({ baseline: { value: 10, year: 2023 }, target: { value: 50, year: 2023 }, reported: { value: 12, year: 2023 } }).rating).toBe('not-rated');
  });

  it('compares shares rounded to 6 decimals, so floating-point noise at a threshold does not tip the rating', () => {
    // Baseline 0 (2020), target 3 (2023), 2021: expected 1/3 → 0.333333; achieved 0.7/3 = 0.233333 = expected − 0.10.
    expect(rate({ baseline: { value: 0, year: 2020 }, target: { value: 3, year: 2023 }, reported: { value: 0.7, year: 2021 } }).rating).toBe('on-track');
  });
});

describe('sharePercent', () => {
  it('writes one decimal, half up, as the language writes numbers', () => {
    expect(sharePercent(4 / 7, 'en')).toBe('57.1 %');
    expect(sharePercent(4 / 7, 'bs')).toBe('57,1 %');
    expect(sharePercent(0.12345, 'en')).toBe('12.3 %');
    expect(sharePercent(0.12355, 'en')).toBe('12.4 %');
    expect(sharePercent(1.25, 'en')).toBe('125.0 %');
  });
});
