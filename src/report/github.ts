// GitHub Actions workflow commands: one ::error/::warning/::notice line per diagnostic, which GitHub shows as annotations; then a plain summary.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Reporter } from './reporter.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message (the command's data): what the runner unescapes there. */
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value: the data escapes, and `:` and `,`, which would end the value. */
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function command(d: Diagnostic): string {
  // Annotations need the path from the repository root with forward slashes, as on Linux and macOS runners.
  const properties: [string, string | number][] = [['file', d.file.replace(/\\/g, '/')]];
  if (d.range) {
    properties.push(['line', d.range.start.line], ['col', d.range.start.column], ['endLine', d.range.end.line], ['endColumn', d.range.end.column]);
  }
  properties.push(['title', d.code]);
  const message = d.hint ? `${d.message} — ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${properties.map(([name, value]) => `${name}=${property(String(value))}`).join(',')}::${data(message)}`;
}

export const github: Reporter = (input) => {
  const { error, warning, info } = input.totals;
  const tooManyWarnings = input.maxWarnings !== undefined && warning > input.maxWarnings;
  const limit = tooManyWarnings ? `; more than the ${input.maxWarnings} warnings allowed by --max-warnings` : '';
  const summary = `wpsplan: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info')} in ${plural(input.files.length, 'file')}${limit}`;
  return `${[...input.diagnostics.map(command), summary].join('\n')}\n`;
};
