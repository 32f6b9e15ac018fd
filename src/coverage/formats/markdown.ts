// Coverage as Markdown: the same sections as the terminal table, for reports and pull requests.
import { PILLAR_ROWS, type CoverageReport, type NapCoverage } from '../coverage.js';
import { mark, money, percent, type CoverageFormatter } from './format.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: (string | number)[]): string => `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]): string[] => [row(head), row(head.map(() => '---')), ...rows.map(row)];

function napSection(nap: NapCoverage): string[] {
  const localized = nap.actions.length - nap.notLocalized.length;
  const lines = [
    `## ${nap.nap.id} — ${nap.nap.title}`,
    '',
    `${nap.laps.length} local plans · ${nap.actions.length} national actions · ${localized} localized (${percent(nap.actions.length ? localized / nap.actions.length : null)})${nap.nap.hasErrors ? ' · **the national plan has errors**' : ''}`,
    '',
    '### By pillar',
    '',
    ...table(
      ['Pillar', 'National actions', 'Localized', 'Share', 'Local actions'],
      nap.pillars.filter((p) => p.nationalActions + p.localActions > 0).map((p) => [p.pillar, p.nationalActions, p.localized, percent(p.share), p.localActions]),
    ),
    '',
    '### By local plan',
    '',
    ...table(
      ['Local plan', 'Locality', 'Localized', 'Share', 'Pillars covered', 'Pillars missed', 'Concerns addressed', 'Budget'],
      nap.laps.map((l) => [
        `${l.lap.id}${l.lap.hasErrors ? ' (has errors)' : ''}`,
        l.lap.locality ?? '',
        l.localized,
        percent(l.share),
        l.covered.join(', ') || '—',
        l.missed.join(', ') || '—',
        `${l.concerns.addressed}/${l.concerns.total}`,
        l.budget.map((b) => money(b.amount, b.currency)).join('; ') || '—',
      ]),
    ),
    '',
    '### Local budget by pillar',
    '',
    ...table(
      ['Local plan', ...PILLAR_ROWS],
      nap.laps.map((l) => [
        l.lap.id,
        ...PILLAR_ROWS.map((p) => l.budgetByPillar.filter((b) => b.pillar === p).map((b) => money(b.amount, b.currency)).join('; ') || '—'),
      ]),
    ),
    '',
    'An action serving two pillars counts in both columns.',
    '',
    '### National actions by local plan',
    '',
    ...table(
      ['Action', 'Title', ...nap.laps.map((l) => l.lap.locality ?? l.lap.id)],
      nap.actions.map((a) => [a.id, a.title, ...nap.laps.map((l) => mark(a.localizedBy[l.lap.id]))]),
    ),
    '',
    '● localized directly · ○ through its outcome or objective',
  ];
  if (nap.notLocalized.length > 0) {
    lines.push('', '### Not localized by any local plan', '', ...nap.actions.filter((a) => nap.notLocalized.includes(a.id)).map((a) => `- ${a.id} ${a.title}`));
  }
  return lines;
}

export const markdown: CoverageFormatter = (report: CoverageReport) => {
  const lines = ['# Localization coverage', ''];
  for (const nap of report.naps) lines.push(...napSection(nap), '');
  if (report.orphans.length > 0) {
    lines.push('## Local plans that could not be placed', '', ...report.orphans.map((o) => `- ${o.lap.id} (${o.lap.file}): parent ${o.parent ?? '—'} is not a national plan among those checked`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};
