// Document HTML → Document: table cells of plain text with the same content and look are one object (a coverage
// report's matrix repeats a few kinds of cell tens of thousands of times); any other cell is its own.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/model.js';
import { readHtml } from '../../src/document/read-html.js';

const noImages = () => 'no images here';

function table(html: string): Extract<Block, { type: 'table' }> {
  const { blocks, problems } = readHtml(`<table><tbody>${html}</tbody></table>`, noImages);
  expect(problems).toEqual([]);
  const block = blocks[0]!;
  if (block.type !== 'table') throw new Error('not a table');
  return block;
}

describe('readHtml: table cells', () => {
  it('makes one object of cells of plain text that are the same, in any row or table', () => {
    const { body } = table(
      '<tr><td align="center" data-fill="#63be7b">•</td><td align="center" data-fill="#63be7b">•</td><td align="center" data-fill="#ffffff"></td></tr>' +
        '<tr><td align="center" data-fill="#63be7b">•</td><td align="center" data-fill="#ffffff"></td><td><strong>Tuzla</strong></td></tr>',
    );
    const [first, second] = body.map((row) => row.cells);
    expect(first![1]).toBe(first![0]);
    expect(second![0]).toBe(first![0]);
    expect(second![1]).toBe(first![2]);
    // Another fill is another cell, with its own content.
    expect(first![2]).not.toBe(first![0]);
    expect(first![2]).toEqual({ blocks: [], align: 'center', fill: '#ffffff' });
    expect(second![2]).toEqual({ blocks: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: 'Tuzla' }] }] }] });
  });

  it('keeps every cell with a link, a list or a table its own object', () => {
    const { body } = table(
      '<tr><td><a href="https://example.org">Plan</a></td><td><a href="https://example.org">Plan</a></td></tr>' +
        '<tr><td><ul><li>one</li></ul></td><td><ul><li>one</li></ul></td></tr>',
    );
    for (const row of body) {
      expect(row.cells[1]).toEqual(row.cells[0]);
      expect(row.cells[1]).not.toBe(row.cells[0]);
    }
  });
});
