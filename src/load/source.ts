// A source file's text, and the conversion from text offsets to line:column.
import type { Position, Range } from '../diagnostics/diagnostic.js';

export class Source {
  private lineStarts: number[] | undefined;

  constructor(
    /** Absolute path. */
    readonly path: string,
    /** Path shown to the user, relative to the current folder. */
    readonly file: string,
    /** The text without its byte-order mark. */
    readonly text: string,
  ) {}

  /** The 1-based position of a 0-based UTF-16 offset. */
  positionAt(offset: number): Position {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  rangeAt(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The text of a 1-based line without its line end. */
  lineText(line: number): string | undefined {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    return this.text.slice(start, next ?? this.text.length).replace(/\r?\n$/, '');
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
