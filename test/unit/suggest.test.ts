// "Did you mean": edit distance and the single best candidate.
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/diagnostics/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('lead', 'lead')).toBe(0);
    expect(editDistance('led', 'lead')).toBe(1);
    expect(editDistance('leads', 'lead')).toBe(1);
    expect(editDistance('laed', 'lead')).toBe(1);
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests within max(1, floor(length/4)), case-insensitively', () => {
    expect(closest('Titel', ['title', 'lead'])).toBe('title');
    expect(closest('partcipation', ['participation', 'protection'])).toBe('participation');
    expect(closest('x', ['y'])).toBe('y');
  });
  it('suggests nothing when the nearest is too far or two are equally near', () => {
    expect(closest('economy', ['participation', 'protection'])).toBeUndefined();
    expect(closest('C5', ['C1', 'C3'])).toBeUndefined();
  });
});
