// Coverage as a terminal table that fits 100 columns: long titles are shortened, wide matrices left to --format csv.
import { PILLAR_ROWS, type CoverageReport, type NapCoverage } from '../coverage.js';
import { mark, money, percent, PILLAR_SHORT, type CoverageFormatter } from './format.js';

export const WIDTH = 100;
/** Local plans beyond this many make the action × local plan matrix too wide for a terminal. */
const MATRIX_COLUMNS = 8;

/** Cuts text to `width` characters (code points), ending in "…". */
export function shorten(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

const pad = (text: string | number, width: number, right = false): string => {
  const t = shorten(String(text), width);
  const fill = ' '.repeat(Math.max(0, width - [...t].length));
  return right ? fill + t : t + fill;
};

function columns(widths: number[], right: boolean[]): (cells: (string | number)[]) => string {
  return (cells) => cells.map((c, i) => pad(c, widths[i]!, right[i])).join('  ').trimEnd();
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function napSection(nap: NapCoverage): string[] {
  const localized = nap.actions.length - nap.notLocalized.length;
  const out = [
    shorten(`${nap.nap.id} — ${nap.nap.title}`, WIDTH),
    shorten(nap.nap.file, WIDTH),
    `${plural(nap.laps.length, 'local plan')} · ${plural(nap.actions.length, 'national action')} · ${localized} localized (${percent(nap.actions.length ? localized / nap.actions.length : null)})`,
  ];
  if (nap.nap.hasErrors) out.push('The national plan has errors: these numbers cover only what could be resolved (wpsplan validate).');

  const byPillar = columns([22, 16, 16, 13], [false, true, true, true]);
  out.push('', byPillar(['Pillar', 'National actions', 'Localized', 'Local actions']));
  for (const p of nap.pillars) {
    if (p.nationalActions + p.localActions === 0) continue;
    out.push(byPillar([p.pillar, p.nationalActions, `${p.localized} ${percent(p.share).padStart(7)}`, p.localActions]));
  }
  if (nap.laps.length === 0) return out;

  const byLap = columns([20, 14, 13, 19, 14, 8], [false, false, true, false, false, true]);
  out.push('', byLap(['Local plan', 'Locality', 'Localized', 'Pillars covered', 'Pillars missed', 'Concerns']));
  for (const l of nap.laps) {
    out.push(
      byLap([
        `${l.lap.id}${l.lap.hasErrors ? ' !' : ''}`,
        l.lap.locality ?? '',
        `${l.localized} ${percent(l.share).padStart(7)}`,
        l.covered.map((p) => PILLAR_SHORT[p]).join(' ') || '—',
        l.missed.map((p) => PILLAR_SHORT[p]).join(' ') || '—',
        `${l.concerns.addressed}/${l.concerns.total}`,
      ]),
    );
  }
  if (nap.laps.some((l) => l.lap.hasErrors)) out.push('! the local plan has errors: only what could be resolved is counted (wpsplan validate).');

  const byBudget = columns([20, 3, ...PILLAR_ROWS.map(() => 10), 11], [false, false, ...PILLAR_ROWS.map(() => true), true]);
  out.push('', byBudget(['Local budget', '', ...PILLAR_ROWS.map((p) => PILLAR_SHORT[p]), 'Total']));
  for (const l of nap.laps) {
    if (l.budget.length === 0) out.push(byBudget([l.lap.id, '—']));
    for (const { currency, amount } of l.budget) {
      const inRow = (p: string): string => {
        const found = l.budgetByPillar.find((b) => b.pillar === p && b.currency === currency);
        return found ? money(found.amount, '').trim() : '—';
      };
      out.push(byBudget([l.lap.id, currency, ...PILLAR_ROWS.map(inRow), money(amount, '').trim()]));
    }
  }
  out.push('An action serving two pillars counts in both columns; the total counts it once.');

  if (nap.laps.length <= MATRIX_COLUMNS) {
    const labels = nap.laps.map((l) => shorten(l.lap.locality ?? l.lap.id, 8));
    const titleWidth = WIDTH - 9 - labels.length * 10;
    const matrix = columns([7, titleWidth, ...labels.map(() => 8)], [false, false, ...labels.map(() => false)]);
    out.push('', matrix(['Action', 'National action', ...labels]));
    for (const a of nap.actions) out.push(matrix([a.id, a.title, ...nap.laps.map((l) => mark(a.localizedBy[l.lap.id]))]));
    out.push('● localized directly  ○ through its outcome or objective');
  } else {
    out.push('', `The matrix of national actions × ${nap.laps.length} local plans is too wide here: use --format csv or markdown.`);
  }

  if (nap.notLocalized.length > 0) {
    out.push('', 'Not localized by any local plan:');
    for (const a of nap.actions) if (nap.notLocalized.includes(a.id)) out.push(shorten(`  ${pad(a.id, 7)} ${a.title}`, WIDTH));
  }
  return out;
}

export const table: CoverageFormatter = (report: CoverageReport) => {
  const sections = report.naps.map((nap) => napSection(nap).join('\n'));
  if (report.naps.length === 0) sections.push('No national action plan among the plans checked: there is nothing to localize.');
  if (report.orphans.length > 0) {
    sections.push(
      ['Local plans that could not be placed (their parent is not a national plan among those checked):', ...report.orphans.map((o) => shorten(`  ${o.lap.id}  parent: ${o.parent ?? '—'}  ${o.lap.file}`, WIDTH))].join('\n'),
    );
  }
  const legend = PILLAR_ROWS.map((p) => `${PILLAR_SHORT[p]} ${p}`).join(' · ');
  return `${[...sections, shorten(legend, WIDTH)].join('\n\n')}\n`;
};
