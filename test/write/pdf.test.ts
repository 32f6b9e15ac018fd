// The PDF writer, read back with pdf.js (through unpdf): text, pages, bookmarks, links, metadata, tags.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Document, Inline } from '../../src/document/model.js';
import { plainText } from '../../src/document/model.js';
import { DEFAULT_THEME, type Theme } from '../../src/document/theme.js';
import { pdf, renderPdf } from '../../src/write/pdf.js';
import { paginate, Paginator, type LaidPage } from '../../src/write/pdf/flow.js';
import { loadFaces } from '../../src/write/pdf/fonts.js';
import { layoutFlow, type Box, type Ctx } from '../../src/write/pdf/layout.js';
import { node } from '../../src/write/pdf/types.js';
import { allParts, PART_SIZE } from '../../src/write/writer.js';
import { joined, latin1, openPdf, pdfPages, type PdfProxy } from '../helpers/document-text.js';
import { sampleDocument } from '../helpers/sample-document.js';

const theme: Theme = { ...DEFAULT_THEME, header: 'Lokalni akcioni plan Grada Tuzla', footer: 'Stranica {page} od {pages}' };

const mmToPt = (mm: number) => (mm * 72) / 25.4;

function headingsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'heading' ? [plainText(b.children)] : b.type === 'section' ? headingsOf(b.blocks) : []));
}

const t = (text: string): Inline => ({ type: 'text', text });
const p = (text: string): Block => ({ type: 'paragraph', children: [t(text)] });
const doc = (blocks: Block[]): Document => ({ meta: { ...sampleDocument.meta }, blocks });

describe('pdf writer: the sample document', () => {
  let bytes: Uint8Array;
  let pages: string[];
  let proxy: PdfProxy;

  beforeAll(async () => {
    bytes = await joined(pdf(sampleDocument, theme));
    pages = await pdfPages(bytes);
    proxy = await openPdf(bytes);
  });

  it('is a PDF 1.7 file', () => {
    expect(latin1(bytes.subarray(0, 8))).toBe('%PDF-1.7');
  });

  it('gives the same bytes every time, also from an equal copy of the document', async () => {
    const again = await joined(pdf(sampleDocument, theme));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const copy = await joined(pdf(structuredClone(sampleDocument), theme));
    expect(Buffer.compare(Buffer.from(copy), Buffer.from(bytes))).toBe(0);
  });

  it('depends on the document: another date gives other bytes', async () => {
    const other = await joined(pdf({ ...sampleDocument, meta: { ...sampleDocument.meta, date: new Date(Date.UTC(2020, 0, 1)) } }, theme));
    expect(Buffer.compare(Buffer.from(other), Buffer.from(bytes))).not.toBe(0);
  });

  it('carries the text: title, diacritics, Cyrillic, Greek, every heading, the last matrix row', () => {
    const all = pages.join(' ');
    expect(all).toContain('Lokalni akcioni plan za implementaciju UNSCR 1325');
    expect(all).toContain('čćđšž ČĆĐŠŽ');
    expect(all).toContain('Українською: Жінки, мир, безпека.');
    expect(all).toContain('Ελληνικά: Γυναίκες, ειρήνη και ασφάλεια.');
    const headings = headingsOf(sampleDocument.blocks);
    expect(headings).toHaveLength(5);
    for (const heading of headings) expect(all).toContain(heading);
    expect(all).toContain('1.40');
    expect(all).toMatch(/ravnopravno učešće žena u svim procesima/);
  });

  it('numbers the headings', () => {
    const all = pages.join(' ');
    for (const numbered of ['1. Uvod', '1.1. Lokalni kontekst', '1.1.1. Radna grupa', '2. Matrica aktivnosti']) expect(all).toContain(numbered);
    expect(all).not.toMatch(/\d\. Aneks/);
  });

  it('breaks the 40-row matrix across landscape pages and repeats its header row on each', () => {
    const withHeader = pages.filter((text) => text.includes('Aktivnost Nosilac Rok'));
    expect(withHeader.length).toBeGreaterThan(1);
    const matrixPages = pages.filter((text) => /\b1\.\d+ Obuka/.test(text));
    expect(matrixPages.length).toBeGreaterThan(1);
    for (const text of matrixPages) expect(text).toContain('Aktivnost Nosilac Rok');
    // Every row is there exactly once.
    for (let i = 1; i <= 40; i++) expect(pages.join(' ').split(`korak ${i} —`).length - 1).toBe(1);
  });

  it('has landscape pages for the section only, and the page after it is portrait again', async () => {
    const shapes: string[] = [];
    for (let i = 1; i <= proxy.numPages; i++) {
      const [x0, y0, x1, y1] = (await proxy.getPage(i)).view as [number, number, number, number];
      shapes.push(x1 - x0 > y1 - y0 ? 'landscape' : 'portrait');
    }
    const matrixPages = pages.flatMap((text, i) => (/\b1\.\d+ Obuka/.test(text) ? [i] : []));
    expect(matrixPages.length).toBeGreaterThan(0);
    for (const i of matrixPages) expect(shapes[i]).toBe('landscape');
    expect(shapes[0]).toBe('portrait');
    expect(shapes[shapes.length - 1]).toBe('portrait');
    expect(pages[pages.length - 1]).toContain('Aneks: rezolucije');
    expect(shapes.filter((s) => s === 'landscape')).toHaveLength(matrixPages.length);
    // The raw MediaBox entries say the same.
    const boxes = [...latin1(bytes).matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(boxes.filter(Boolean)).toHaveLength(matrixPages.length);
  });

  it('fills the footer with "page X of Y" on every page but the cover, and puts the header on them', () => {
    expect(pages[0]).not.toContain('Stranica');
    expect(pages[0]).not.toContain('Lokalni akcioni plan Grada Tuzla');
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain(`Stranica ${i + 2} od ${pages.length}`);
      expect(text).toContain('Lokalni akcioni plan Grada Tuzla');
    });
  });

  it('lists the headings in the contents with the pages they are on', () => {
    const contents = pages.findIndex((text) => text.includes('Sadržaj'));
    expect(contents).toBe(1);
    const headings: [string, string][] = [
      ['1. Uvod', 'Uvod'],
      ['1.1. Lokalni kontekst', 'Lokalni kontekst'],
      ['1.1.1. Radna grupa', 'Radna grupa'],
      ['2. Matrica aktivnosti', 'Matrica aktivnosti'],
      ['Aneks: rezolucije', 'Aneks: rezolucije'],
    ];
    for (const [full, title] of headings) {
      const page = pages.findIndex((text, i) => i > contents && text.includes(full));
      expect(page, full).toBeGreaterThan(contents);
      const entry = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*(\\d+)`).exec(pages[contents]!);
      expect(entry?.[1], title).toBe(String(page + 1));
    }
  });

  it('has bookmarks for every heading, nested by level, with the contents first', async () => {
    expect(latin1(bytes)).toContain('/Outlines');
    interface Bookmark {
      title: string;
      dest: unknown;
      items: Bookmark[];
    }
    const outline = ((await proxy.getOutline()) ?? []) as Bookmark[];
    expect(outline.map((item) => item.title)).toEqual(['Sadržaj', '1. Uvod', '2. Matrica aktivnosti', 'Aneks: rezolucije']);
    const uvod = outline[1]!;
    expect(uvod.items.map((item) => item.title)).toEqual(['1.1. Lokalni kontekst']);
    expect(uvod.items[0]!.items.map((item) => item.title)).toEqual(['1.1.1. Radna grupa']);
    // Each bookmark leads to its heading's page.
    const target = await proxy.getDestination(uvod.dest as string);
    expect(target).not.toBeNull();
    const pageIndex = await proxy.getPageIndex(target![0] as Parameters<PdfProxy['getPageIndex']>[0]);
    expect(pages[pageIndex]).toContain('1. Uvod');
  });

  it('makes links clickable: the external URL and the contents entries', async () => {
    const uvod = pages.findIndex((text, i) => i > 1 && text.includes('1. Uvod'));
    const annotations = await (await proxy.getPage(uvod + 1)).getAnnotations();
    expect(annotations.some((a: { url?: string }) => a.url === 'https://www.un.org/womenwatch/osagi/wps/')).toBe(true);
    const toc = await (await proxy.getPage(2)).getAnnotations();
    const dests = toc.map((a: { dest?: unknown }) => a.dest).filter((d: unknown) => typeof d === 'string');
    expect(dests.length).toBeGreaterThanOrEqual(5);
  });

  it('embeds the font and writes metadata and language', async () => {
    const raw = latin1(bytes);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/Lang (bs)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).not.toContain('Helvetica');
    const { info } = (await proxy.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe(sampleDocument.meta.title);
    expect(info.Author).toBe('Grad Tuzla');
    expect(info.Subject).toBe(sampleDocument.meta.subject);
    expect(info.Keywords).toBe('UNSCR 1325, žene, mir, sigurnost');
    expect(info.CreationDate).toBe('D:20190627000000Z');
    expect(info.ModDate).toBe('D:20190627000000Z');
  });

  it('is tagged: headings, paragraphs, lists and tables in the structure tree', async () => {
    const raw = latin1(bytes);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    const roles = new Set<string>();
    const walk = (node: { role?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    for (let i = 1; i <= proxy.numPages; i++) walk((await (await proxy.getPage(i)).getStructTree()) as never);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link']) expect(roles, role).toContain(role);
  });
});

describe('pdf writer: pagination', () => {
  it('never leaves a heading last on a page', async () => {
    for (let n = 30; n < 50; n++) {
      const blocks: Block[] = Array.from({ length: n }, (_, i) => p(`Filler line ${i}`));
      blocks.push({ type: 'heading', level: 2, numbered: false, children: [t('Kept heading')] }, p('The text after the heading.'));
      const pages = await pdfPages(await joined(pdf(doc(blocks), theme)));
      const page = pages.find((text) => text.includes('Kept heading'));
      expect(page, `after ${n} lines`).toContain('The text after the heading.');
    }
  });

  it('never ends a page with a line kept with its table, the table header or a row heading a group', async () => {
    // Rows of one cell across every column head the rows after them (an outcome above its actions).
    const row = (a: string, b: string) => ({ cells: [{ blocks: [p(a)] }, { blocks: [p(b)] }] });
    const group = (text: string) => ({ cells: [{ blocks: [p(text)], colspan: 2 }] });
    const table: Block = { type: 'table', columns: [1, 3], head: [row('Id', 'Action')], body: [group('Outcome 2.1'), row('2.1.1', `First action, ${'described at length '.repeat(30)}`), row('2.1.2', 'Second action')] };
    for (let n = 26; n < 52; n++) {
      const blocks: Block[] = Array.from({ length: n }, (_, i) => p(`Filler line ${i}`));
      blocks.push({ type: 'paragraph', children: [t('Pillars: protection')], keepWithNext: true }, table);
      const pages = await pdfPages(await joined(pdf(doc(blocks), theme)));
      const page = pages.find((text) => text.includes('Pillars: protection'))!;
      for (const text of ['Id Action', 'Outcome 2.1', 'First action']) expect(page, `after ${n} lines`).toContain(text);
    }
  });

  it('splits a row taller than a page, keeping all of its text', async () => {
    const words = Array.from({ length: 1200 }, (_, i) => `w${i}`).join(' ');
    const table: Block = {
      type: 'table',
      columns: [1, 3],
      head: [{ cells: [{ blocks: [p('Head A')] }, { blocks: [p('Head B')] }] }],
      body: [{ cells: [{ blocks: [p('short')] }, { blocks: [p(words)] }] }, { cells: [{ blocks: [p('after')] }, { blocks: [p('the end')] }] }],
    };
    const pages = await pdfPages(await joined(pdf(doc([table]), theme)));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join(' ');
    for (const w of ['w0 ', 'w600 ', 'w1199 ', 'the end']) expect(all).toContain(w);
    // The header row is repeated on the pages the split row continues on.
    expect(pages.filter((text) => text.includes('Head A Head B')).length).toBe(pages.length);
  });

  it('repeats a header at the indentation of a table inside a list item', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ cells: [{ blocks: [p(`row ${i + 1}`)] }, { blocks: [p('value')] }] }));
    const table: Block = { type: 'table', columns: [1, 1], head: [{ cells: [{ blocks: [p('Head A')] }, { blocks: [p('Head B')] }] }], body: rows };
    const bytes = await joined(pdf(doc([{ type: 'list', ordered: false, items: [[p('A list item holding a table:'), table]] }]), theme));
    const proxy = await openPdf(bytes);
    const xs: number[] = [];
    const rowXs: number[] = [];
    for (let i = 1; i <= proxy.numPages; i++) {
      for (const item of (await (await proxy.getPage(i)).getTextContent()).items as { str: string; transform: number[] }[]) {
        if (item.str.startsWith('Head A')) xs.push(item.transform[4]!);
        if (item.str.startsWith('row ')) rowXs.push(item.transform[4]!);
      }
    }
    expect(xs.length).toBeGreaterThan(1);
    expect(new Set(xs.map((x) => x.toFixed(1))).size).toBe(1);
    expect(rowXs[0]).toBeCloseTo(xs[0]!, 1);
    expect(xs[0]).toBeGreaterThan(mmToPt(DEFAULT_THEME.page.margins.left) + 5);
  });

  it('starts a page at a page break, with no empty page for a break at the end', async () => {
    const pages = await pdfPages(await joined(pdf(doc([p('one'), { type: 'page-break' }, p('two'), { type: 'page-break' }]), theme)));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('one');
    expect(pages[1]).toContain('two');
  });
});

describe('pdf writer: the structure tree of a long document', () => {
  const rows = 240;
  const table: Block = {
    type: 'table',
    columns: [1, 4],
    head: [{ cells: [{ blocks: [p('Id')] }, { blocks: [p('Municipality')] }] }],
    body: Array.from({ length: rows }, (_, i) => ({ cells: [{ blocks: [p(`R${i + 1}`)] }, { blocks: [p(`Općina ${i + 1}`)] }] })),
  };
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await joined(pdf(doc([{ type: 'heading', level: 1, numbered: true, children: [t('Municipalities')] }, table, p('After the table.')]), theme));
  });

  it('is written as the pages are painted, not all at the end', () => {
    // pdfkit writes an element when it is ended; ended only with the document, every element would follow the
    // last page, and the tree of a 680-page report would be whole in memory until then.
    const raw = latin1(bytes);
    const firstCell = raw.indexOf('/S /TD');
    const lastPage = raw.lastIndexOf('/Type /Page\n');
    expect(firstCell).toBeGreaterThan(0);
    expect(lastPage).toBeGreaterThan(0);
    expect(firstCell).toBeLessThan(lastPage);
  });

  it('still holds every cell, each with its content, under one table', async () => {
    const proxy = await openPdf(bytes);
    expect(proxy.numPages).toBeGreaterThan(3);
    type Node = { role?: string; type?: string; children?: Node[] };
    const content = (n: Node): boolean => n.type === 'content' || (n.children ?? []).some(content);
    // pdf.js gives every page the whole tree, with the content drawn on that page: a cell is whole if some page
    // has content in it.
    const cellsWithContent: boolean[] = [];
    const counts = new Map<string, number>();
    for (let i = 1; i <= proxy.numPages; i++) {
      let cell = 0;
      const walk = (node: Node | null) => {
        if (!node) return;
        if (i === 1 && node.role) counts.set(node.role, (counts.get(node.role) ?? 0) + 1);
        if (node.role === 'TD') cellsWithContent[cell] = cellsWithContent[cell++] === true || content(node);
        for (const child of node.children ?? []) walk(child);
      };
      walk((await (await proxy.getPage(i)).getStructTree()) as never);
    }
    expect(counts.get('TD')).toBe(rows * 2);
    expect(counts.get('TR')).toBe(rows + 1);
    expect(counts.get('TH')).toBe(2);
    expect(counts.get('Table')).toBe(1);
    expect(cellsWithContent.filter(Boolean)).toHaveLength(rows * 2);
    expect((await pdfPages(bytes)).join('\n')).toContain('After the table.');
  });
});

/** A layout context and page-flow box for the text area of `frames` below, without contents entries. */
function layoutCtx(): Ctx {
  const faces = loadFaces();
  return {
    theme,
    faces,
    env: { faces, linkColor: theme.colors.accent, resolveHref: () => null },
    headings: new Map(),
    toc: [],
    textWidth: { portrait: 483, landscape: 730 },
    textHeight: { portrait: 730, landscape: 483 },
    serial: { toc: 0 },
  };
}
const layoutBox = (): Box => ({ width: 483, parent: node('Document', null), orientation: 'portrait', flow: true, size: 10, color: '#000000', bold: false, leading: 1.3, tight: false, listLevel: 0 });

describe('pdf writer: a long document, laid out twice', () => {
  const longTable = (rows: number): Block => ({
    type: 'table',
    columns: [1, 4],
    head: [{ cells: [{ blocks: [p('Id')] }, { blocks: [p('Municipality')] }] }],
    body: Array.from({ length: rows }, (_, i) => ({ cells: [{ blocks: [p(`R${i + 1}`)] }, { blocks: [p(`Općina ${i + 1} ${'i njen opis '.repeat(i % 7)}`)] }] })),
  });
  const documents: [string, Document][] = [
    ['the sample document', sampleDocument],
    [
      'a long table between sections, page breaks and a contents',
      doc([
        { type: 'toc', title: 'Sadržaj', depth: 2 },
        { type: 'page-break' },
        { type: 'heading', level: 1, numbered: true, children: [t('Općine')] },
        longTable(150),
        { type: 'section', orientation: 'landscape', blocks: [{ type: 'heading', level: 2, numbered: true, children: [t('Matrica')] }, longTable(90), p('Poslije tabele.')] },
        { type: 'section', orientation: 'landscape', blocks: [longTable(20)] },
        p('Kraj.'),
      ]),
    ],
  ];

  it.each(documents)('gives the same bytes as laid out once: %s', async (_, document) => {
    const once = await joined(renderPdf(document, theme, Infinity));
    const twice = await joined(renderPdf(document, theme, 0));
    expect(Buffer.compare(Buffer.from(twice), Buffer.from(once))).toBe(0);
  });

  it('hands a PDF of more than a megabyte over in parts of at most PART_SIZE that join into the file', async () => {
    const parts = await allParts(renderPdf(doc([longTable(3000)]), theme));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(PART_SIZE);
    const pages = await pdfPages(Buffer.concat(parts));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.at(-1)).toContain('R3000');
  });

  it('places the same slices on the same pages however the items arrive', () => {
    const frame = { width: 595, height: 842, left: 56, top: 56, textWidth: 483, textHeight: 730 };
    const frames = { portrait: frame, landscape: { ...frame, width: 842, height: 595, textWidth: 730, textHeight: 483 } };
    // Headings and lines kept with a table land at every height of a page, so that their chains end on the next.
    const kept = (n: number): Document =>
      doc([
        ...Array.from({ length: n }, (_, i) => p(`Filler line ${i}`)),
        { type: 'heading', level: 2, numbered: false, children: [t('Kept heading')] },
        { type: 'paragraph', children: [t('Pillars: protection')], keepWithNext: true },
        longTable(40),
      ]);
    const items = (document: Document) => {
      const out = [];
      for (const part of layoutFlow(document.blocks, layoutBox(), layoutCtx())) out.push(...part);
      return out;
    };
    const shape = (pages: LaidPage[]) => pages.map((page) => `${page.orientation}:${page.placed.map((pl) => `${pl.y.toFixed(2)}/${pl.slice.h.toFixed(2)}`).join(',')}`);
    for (const document of [documents[1]![1], ...Array.from({ length: 24 }, (_, i) => kept(28 + i))]) {
      const whole = shape(paginate(items(document), frames));
      expect(whole.length).toBeGreaterThan(1);
      for (const size of [1, 2, 5, 17]) {
        const pages: LaidPage[] = [];
        const paginator = new Paginator(frames, (page) => pages.push(page));
        const all = items(document);
        for (let i = 0; i < all.length; i += size) paginator.add(all.slice(i, i + size));
        paginator.finish();
        expect(shape(pages), `${size} items at a time`).toEqual(whole);
      }
    }
  });
});

describe('pdf writer: images and odd input', () => {
  // The smallest PNG: one pixel.
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

  it('embeds a PNG with its alt text', async () => {
    const bytes = await joined(pdf(doc([{ type: 'image', src: 'logo.png', data: png, format: 'png', alt: 'Grb Grada Tuzla', width: 90 }]), theme));
    const raw = latin1(bytes);
    expect(raw).toContain('/Subtype /Image');
    expect(raw).toContain('/Alt (Grb Grada Tuzla)');
  });

  it('shows the alt text of an image it cannot read', async () => {
    const bytes = await joined(pdf(doc([{ type: 'image', src: 'broken.png', data: new Uint8Array([1, 2, 3]), format: 'png', alt: 'broken logo' }]), theme));
    expect((await pdfPages(bytes)).join(' ')).toContain('[broken logo]');
  });

  it('escapes the title in the XMP metadata', async () => {
    const bytes = await joined(pdf({ meta: { ...sampleDocument.meta, title: 'Women, Peace & Security <2025>' }, blocks: [p('x')] }, theme));
    const raw = latin1(bytes);
    expect(raw).toContain('Women, Peace &amp; Security &lt;2025&gt;');
    const { info } = (await (await openPdf(bytes)).getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe('Women, Peace & Security <2025>');
  });

  it('renders an empty document as one page', async () => {
    const pages = await pdfPages(await joined(pdf(doc([]), theme)));
    expect(pages).toHaveLength(1);
  });
});
