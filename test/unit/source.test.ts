// Offsets to 1-based lines and UTF-16 columns, with LF and CRLF line ends.
import { describe, expect, it } from 'vitest';
import { Source } from '../../src/load/source.js';

describe('Source.positionAt', () => {
  it('gives 1-based lines and columns in UTF-16 code units, with LF and CRLF line ends', () => {
    const lf = new Source('/a', 'a', 'ab\nčđ: 1\n');
    expect(lf.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(lf.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(lf.positionAt(7)).toEqual({ line: 2, column: 5 });
    const crlf = new Source('/b', 'b', 'ab\r\ncd\r\n');
    expect(crlf.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(crlf.lineText(1)).toBe('ab');
  });
  it('counts a character outside the BMP as two columns (UTF-16)', () => {
    const s = new Source('/c', 'c', 'x: 😀y');
    expect(s.positionAt(5)).toEqual({ line: 1, column: 6 });
  });
});
