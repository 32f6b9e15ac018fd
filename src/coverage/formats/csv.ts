// Coverage as CSV: one row per national action and local plan (the localization matrix, long form), for spreadsheets.
import type { CoverageFormatter } from './format.js';

const HEADER = ['nap', 'action', 'action_title', 'pillars', 'lap', 'locality', 'localized', 'how', 'local_actions'];

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csv: CoverageFormatter = (report) => {
  const rows: (string | number)[][] = [HEADER];
  for (const nap of report.naps) {
    for (const action of nap.actions) {
      for (const { lap } of nap.laps) {
        const refs = action.localizedBy[lap.id] ?? [];
        const how = refs.length === 0 ? '' : refs.some((r) => r.direct) ? 'direct' : `through ${[...new Set(refs.map((r) => r.through))].join(' ')}`;
        rows.push([nap.nap.id, action.id, action.title, action.pillars.join(' '), lap.id, lap.locality ?? '', refs.length > 0 ? 'yes' : 'no', how, refs.map((r) => r.id).join(' ')]);
      }
    }
  }
  // A byte-order mark so spreadsheet programs read the UTF-8 (č, ž, Cyrillic) correctly.
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
};
