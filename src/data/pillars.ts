// The four canonical pillars of resolution 1325, always valid pillar references.

export const CANONICAL_PILLARS = ['participation', 'protection', 'prevention', 'relief-and-recovery'] as const;
export type CanonicalPillar = (typeof CANONICAL_PILLARS)[number];

export function isCanonicalPillar(id: string): id is CanonicalPillar {
  return (CANONICAL_PILLARS as readonly string[]).includes(id);
}
