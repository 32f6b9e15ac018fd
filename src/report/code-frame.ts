// The lines around a range, numbered, with the range underlined.
import type { Range } from '../diagnostics/diagnostic.js';
import type { Paint } from './paint.js';

/** Lines longer than this are cut to a window around the range. */
const MAX_WIDTH = 100;

export function codeFrame(range: Range, lineText: (line: number) => string | undefined, paint: Paint): string[] {
  const { start, end } = range;
  // Flow mappings can make one very long line: show the part around the range.
  const cut = Math.max(0, start.column - 1 - 40);
  const window = (text: string): string => {
    if (text.length <= MAX_WIDTH) return text;
    const part = text.slice(cut, cut + MAX_WIDTH);
    return `${cut > 0 ? '…' : ''}${part}${cut + MAX_WIDTH < text.length ? '…' : ''}`;
  };
  const first = Math.max(1, start.line - 1);
  const width = String(start.line).length;
  const out: string[] = [];
  for (let line = first; line <= start.line; line++) {
    const text = lineText(line);
    if (text === undefined) continue;
    const marker = line === start.line ? '>' : ' ';
    out.push(`${paint('dim', `${marker} ${String(line).padStart(width)} |`)} ${window(text)}`);
  }
  const text = lineText(start.line);
  if (text !== undefined) {
    const stop = end.line === start.line ? Math.max(end.column, start.column + 1) : text.length + 1;
    // Keep tabs in the lead so the carets line up under the text.
    const shift = text.length > MAX_WIDTH ? cut - (cut > 0 ? 1 : 0) : 0;
    const lead = text.slice(shift, start.column - 1).replace(/[^\t]/g, ' ');
    const carets = '^'.repeat(Math.max(1, Math.min(stop, text.length + 1) - start.column));
    out.push(`${paint('dim', `  ${' '.repeat(width)} |`)} ${lead}${paint('red', carets)}`);
  }
  return out;
}
