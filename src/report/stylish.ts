// Human-readable report: a grep-able `file:line:col severity code message` line, a code frame, the hint, related places, a summary.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codeFrame } from './code-frame.js';
import { paintWith, SEVERITY_STYLE, type Paint } from './paint.js';
import type { Reporter, ReportInput } from './reporter.js';

const at = (file: string, d: { range?: Diagnostic['range'] }): string =>
  d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylish: Reporter = (input) => {
  const paint = paintWith(input.color);
  const blocks = input.diagnostics.map((d) => block(d, input, paint));
  const lines = blocks.length > 0 ? [blocks.join('\n\n'), ''] : [];
  if (input.waived && input.waived.length > 0) {
    lines.push(paint('bold', 'Waived:'));
    for (const w of input.waived) {
      lines.push(`  ${at(w.diagnostic.file, w.diagnostic)} ${w.diagnostic.severity} ${paint('dim', w.diagnostic.code)} ${w.diagnostic.message}`);
      lines.push(`    ${paint('green', 'reason:')} ${w.reason}${w.until ? ` (until ${w.until})` : ''}`);
    }
    lines.push('');
  }
  if (input.verbose) lines.push(...fileList(input, paint), '');
  lines.push(summary(input, paint));
  return `${lines.join('\n')}\n`;
};

/** Only the closing line, for when the report itself goes to a file. */
export const summaryLine: Reporter = (input) => `${summary(input, paintWith(input.color))}\n`;

function block(d: Diagnostic, input: ReportInput, paint: Paint): string {
  const lines = [`${paint('bold', at(d.file, d))} ${paint(SEVERITY_STYLE[d.severity], d.severity)} ${paint('dim', d.code)} ${d.message}`];
  if (d.range) lines.push(...codeFrame(d.range, (line) => input.lineText(d.file, line), paint).map((l) => `  ${l}`));
  if (d.hint) lines.push(`  ${paint('green', 'hint:')} ${d.hint}`);
  for (const related of d.related ?? []) lines.push(`  ${paint('dim', 'related:')} ${at(related.file, related)} ${related.message}`);
  return lines.join('\n');
}

function fileList(input: ReportInput, paint: Paint): string[] {
  return input.files.map((f) => {
    const what = [f.kind, f.id].filter(Boolean).join(' ');
    const problems = [
      f.counts.error ? plural(f.counts.error, 'error') : '',
      f.counts.warning ? plural(f.counts.warning, 'warning') : '',
      f.counts.info ? plural(f.counts.info, 'info') : '',
    ].filter(Boolean);
    const mark = f.counts.error ? paint('red', '✖') : f.counts.warning ? paint('yellow', '!') : paint('green', '✔');
    return `${mark} ${f.file}${what ? paint('dim', `  ${what}`) : ''}${problems.length ? `  ${problems.join(', ')}` : ''}`;
  });
}

function summary(input: ReportInput, paint: Paint): string {
  const counts = input.totals;
  const files = plural(input.files.length, 'file');
  const tooManyWarnings = input.maxWarnings !== undefined && counts.warning > input.maxWarnings;
  if (counts.error + counts.warning + counts.info === 0) return paint('green', `✔ ${files} checked: no problems`);
  const text = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')} in ${files}`;
  const limit = tooManyWarnings ? `; more than the ${input.maxWarnings} warnings allowed by --max-warnings` : '';
  if (counts.error > 0 || tooManyWarnings) return paint('red', `✖ ${text}${limit}`);
  return paint(counts.warning > 0 ? 'yellow' : 'green', `${counts.warning > 0 ? '!' : '✔'} ${text}`);
}
