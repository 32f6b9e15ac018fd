// What a coverage format is, and the number and label helpers the formats share.
import type { CoverageReport, PillarRow } from '../coverage.js';

export type CoverageFormatter = (report: CoverageReport) => string;

export const PILLAR_SHORT: Record<PillarRow, string> = {
  participation: 'PART',
  protection: 'PROT',
  prevention: 'PREV',
  'relief-and-recovery': 'R&R',
  'cross-cutting': 'CC',
};

/** 0.857142 → "85.7 %" (one decimal, half up); null → "—". */
export function percent(share: number | null): string {
  if (share === null) return '—';
  const tenths = Math.floor(share * 1000 + 0.5 + 1e-9);
  return `${(tenths / 10).toFixed(1)} %`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const money = (amount: number, currency: string): string => `${grouped.format(amount)} ${currency}`;

/** ● localized directly, ○ only through its outcome or objective, '' not localized. */
export const mark = (refs: readonly { direct: boolean }[] | undefined): string => (!refs || refs.length === 0 ? '' : refs.some((r) => r.direct) ? '●' : '○');
