// A writer's bytes in parts: text cut into UTF-8 parts of a megabyte or less without cutting a character, small
// parts gathered into few, and a long PDF handed over in parts that join into the file.
import { describe, expect, it } from 'vitest';
import { gathered, PART_SIZE, utf8Parts } from '../../src/write/writer.js';

describe('utf8Parts', () => {
  it('cuts long text into parts of at most PART_SIZE bytes that decode one by one', () => {
    // Three-byte letters and a four-byte emoji at every place a cut could fall: the emoji is a surrogate pair.
    const step = Math.floor(PART_SIZE / 3);
    const text = `${'a'.repeat(step - 1)}😀${'ž€'.repeat(step)}😀${'b'.repeat(step)}`;
    const parts = utf8Parts(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(PART_SIZE);
    expect(Buffer.concat(parts).equals(Buffer.from(text, 'utf8'))).toBe(true);
    // A part that ended in half a surrogate pair would decode to U+FFFD.
    expect(parts.map((part) => Buffer.from(part).toString('utf8')).join('')).toBe(text);
  });

  it('gives short text as one part, and no part for no text', () => {
    expect(utf8Parts('Općina Tuzla')).toEqual([Buffer.from('Općina Tuzla')]);
    expect(utf8Parts('')).toEqual([]);
  });
});

describe('gathered', () => {
  it('joins neighbouring parts up to PART_SIZE, keeps a larger part whole and the order as it was', () => {
    const part = (size: number, byte: number) => new Uint8Array(size).fill(byte);
    const parts = [part(10, 1), part(20, 2), part(PART_SIZE - 25, 3), part(PART_SIZE + 5, 4), part(7, 5)];
    const out = gathered(parts);
    expect(out.map((p) => p.length)).toEqual([30, PART_SIZE - 25, PART_SIZE + 5, 7]);
    expect(Buffer.concat(out).equals(Buffer.concat(parts))).toBe(true);
    expect(gathered([])).toEqual([]);
  });
});
