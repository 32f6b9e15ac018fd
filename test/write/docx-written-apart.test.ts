// Large tables written apart from the document (a coverage report's thousands of cells) give the same .docx bytes
// as tables written in place; and bookmarks are numbered the same in every document of a batch.
import { describe, expect, it } from 'vitest';
import type { Block, Document, Inline, TableCell } from '../../src/document/model.js';
import { DEFAULT_THEME } from '../../src/document/theme.js';
import { renumberBookmarks } from '../../src/write/docx/package.js';
import { renderDocx } from '../../src/write/docx/render.js';
import { APART_LIMITS, selfContained } from '../../src/write/docx/written-apart.js';
import { docxParts, joined } from '../helpers/document-text.js';
import { sampleDocument } from '../helpers/sample-document.js';

const t = (text: string): Inline => ({ type: 'text', text });
const cell = (...children: Inline[]): TableCell => ({ blocks: [{ type: 'paragraph', children }] });
type Table = Extract<Block, { type: 'table' }>;

/** A table of `rows` × `columns` cells of text, a fill here and there, as a heat table has. */
function table(rows: number, columns: number, caption?: string): Table {
  return {
    type: 'table',
    columns: Array.from({ length: columns }, (_, i) => (i === 0 ? 4 : 1)),
    head: [{ cells: Array.from({ length: columns }, (_, c) => cell(t(`Kolona ${c}`))) }],
    body: Array.from({ length: rows }, (_, r) => ({
      cells: Array.from({ length: columns }, (_, c) => ({ ...cell(t(c === 0 ? `Općina ${r} – Žepče „ćšđ“` : `${(r * c) % 7}`)), ...(c > 0 && (r + c) % 3 === 0 ? { fill: '#e8f1ea' } : {}) })),
    })),
    ...(caption ? { caption } : {}),
  };
}

const withLink: Table = { ...table(3, 3), body: [{ cells: [cell({ type: 'link', href: 'https://example.org/', children: [t('veza')] }), cell(t('1')), cell(t('2'))] }] };
const nested: Table = { ...table(2, 2), body: [{ cells: [{ blocks: [table(2, 2)] }, cell(t('x'))] }] };

const report: Document = {
  meta: { ...sampleDocument.meta, title: 'Izvještaj o pokrivenosti' },
  blocks: [
    { type: 'heading', level: 1, children: [t('Uvod')], numbered: true, id: 'uvod' },
    { type: 'paragraph', children: [t('Tekst prije tabela.')] },
    { type: 'page-break' },
    table(40, 6, 'Tabela 1. Pokrivenost po stubu'),
    table(30, 4),
    table(30, 4, 'Tabela 2. Nastavak'),
    withLink,
    nested,
    { type: 'page-break' },
    table(25, 5),
    {
      type: 'section',
      orientation: 'landscape',
      blocks: [{ type: 'heading', level: 2, children: [t('Matrica')], numbered: true }, table(60, 12, 'Tabela 3. Matrica'), table(60, 12)],
    },
    { type: 'heading', level: 1, children: [t('Zaključak')], numbered: true },
    table(10, 3),
  ],
};

const inPlace = { run: Infinity, min: Infinity };
const eachApart = { run: 1, min: 1 };

describe('tables written apart', () => {
  it('gives the same bytes as tables written in place, one table or many to a run', async () => {
    const expected = Buffer.from(await joined(renderDocx(report, DEFAULT_THEME, inPlace)));
    // Blocks are converted one at a time either way: a table still knows a table follows it (Word joins tables that touch).
    expect(docxParts(expected)['word/document.xml']).not.toMatch(/<\/w:tbl><w:tbl>/);
    for (const limits of [eachApart, { run: 1000, min: 1 }, { run: 3000, min: 500 }, APART_LIMITS]) {
      expect(Buffer.from(await joined(renderDocx(report, DEFAULT_THEME, limits))).equals(expected), JSON.stringify(limits)).toBe(true);
    }
  });

  it('gives the same bytes for documents of tables, page breaks, sections and paragraphs in any order', async () => {
    // A fixed-seed generator, so a failure names a document that can be made again.
    let seed = 20261128;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const piece = (): Block => {
      switch (random(6)) {
        case 0:
          return { type: 'page-break' };
        case 1:
          return { type: 'paragraph', children: [t(`Odlomak ${random(100)}`)] };
        case 2:
          return withLink;
        case 3:
          return { type: 'section', orientation: random(2) ? 'landscape' : 'portrait', blocks: [table(1 + random(5), 1 + random(6)), table(1 + random(3), 2)] };
        default:
          return table(1 + random(8), 1 + random(7), random(2) ? `Tabela ${random(50)}` : undefined);
      }
    };
    for (let i = 0; i < 25; i++) {
      const document: Document = { meta: report.meta, blocks: Array.from({ length: 2 + random(10) }, piece) };
      const expected = Buffer.from(await joined(renderDocx(document, DEFAULT_THEME, inPlace)));
      for (const limits of [eachApart, { run: 20, min: 1 }]) {
        expect(Buffer.from(await joined(renderDocx(document, DEFAULT_THEME, limits))).equals(expected), `document ${i}, ${JSON.stringify(limits)}`).toBe(true);
      }
    }
  });

  it('gives the same bytes for the sample document, whose tables hold links', async () => {
    const expected = Buffer.from(await joined(renderDocx(sampleDocument, DEFAULT_THEME, inPlace)));
    expect(Buffer.from(await joined(renderDocx(sampleDocument, DEFAULT_THEME, eachApart))).equals(expected)).toBe(true);
  });

  it('writes a large table apart with the default limits, and the Word XML is whole', async () => {
    const big: Document = { meta: report.meta, blocks: [{ type: 'paragraph', children: [t('Prije')] }, table(600, 5), { type: 'paragraph', children: [t('Poslije')] }] };
    const xml = docxParts(await joined(renderDocx(big, DEFAULT_THEME)))['word/document.xml']!;
    expect(xml).not.toContain('wpsplan-apart');
    expect(xml.match(/<w:tc>/g)).toHaveLength(601 * 5);
    expect(xml.indexOf('Prije')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml.indexOf('Poslije')).toBeGreaterThan(xml.lastIndexOf('</w:tbl>'));
    expect(xml).toContain('Općina 599 – Žepče „ćšđ“');
  });

  it('writes apart only tables that need nothing from their document', () => {
    expect(selfContained(table(2, 2))).toBe(true);
    expect(selfContained(nested)).toBe(true);
    expect(selfContained(withLink)).toBe(false);
    expect(selfContained({ ...table(1, 1), body: [{ cells: [{ blocks: [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [t('a')] }]] }] }] }] })).toBe(false);
    expect(selfContained({ ...table(1, 1), body: [{ cells: [{ blocks: [{ type: 'heading', level: 3, children: [t('a')], numbered: false }] }] }] })).toBe(false);
  });
});

describe('renumberBookmarks', () => {
  // Text is escaped (docx writes a quote in text as &quot;): a field instruction or an attribute cannot be faked in it.
  it('numbers ids and _Toc names from 1 in order of appearance, links and page references with them', () => {
    const xml =
      '<w:hyperlink w:anchor="_Toc4711"><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc4711 \\h </w:instrText></w:r></w:hyperlink>' +
      '<w:hyperlink w:anchor="_Toc4712"/>' +
      '<w:bookmarkStart w:id="57" w:name="_Toc4711"/><w:bookmarkEnd w:id="57"/>' +
      '<w:bookmarkStart w:id="58" w:name="uvod"/><w:bookmarkEnd w:id="58"/>' +
      '<w:bookmarkStart w:id="59" w:name="_Toc4712"/><w:bookmarkEnd w:id="59"/>' +
      '<w:r><w:t>PAGEREF _Toc4711 w:anchor=&quot;_Toc4712&quot;</w:t></w:r>';
    expect(renumberBookmarks(xml)).toBe(
      '<w:hyperlink w:anchor="_Toc1"><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r></w:hyperlink>' +
        '<w:hyperlink w:anchor="_Toc2"/>' +
        '<w:bookmarkStart w:id="1" w:name="_Toc1"/><w:bookmarkEnd w:id="1"/>' +
        '<w:bookmarkStart w:id="2" w:name="uvod"/><w:bookmarkEnd w:id="2"/>' +
        '<w:bookmarkStart w:id="3" w:name="_Toc2"/><w:bookmarkEnd w:id="3"/>' +
        '<w:r><w:t>PAGEREF _Toc4711 w:anchor=&quot;_Toc4712&quot;</w:t></w:r>',
    );
  });
});
