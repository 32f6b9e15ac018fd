// The Word writer: the sample Document rendered with the default theme, unzipped and read part by part.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/document/model.js';
import { DEFAULT_THEME, type Theme } from '../../src/document/theme.js';
import { docx } from '../../src/write/docx.js';
import { wordLanguage } from '../../src/write/docx/geometry.js';
import { docxParts, joined, unescapeXml } from '../helpers/document-text.js';
import { sampleDocument } from '../helpers/sample-document.js';

type Parts = Record<string, string>;

/** The body's paragraphs (outside tables too), each with its XML and its text. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: unescapeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));

/** The paragraph with this text, outside the table of contents (whose entries repeat the headings). */
const paragraph = (xml: string, text: string) => {
  const found = paragraphs(xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '')).find((p) => p.text === text);
  expect(found, `a paragraph "${text}"`).toBeDefined();
  return found!.xml;
};

const attr = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

const tables = (xml: string) => xml.split('<w:tbl>').slice(1).map((t) => t.slice(0, t.indexOf('</w:tbl>')));

const parts = (all: Parts, pattern: RegExp) => Object.entries(all).filter(([path]) => pattern.test(path)).map(([, xml]) => xml);

// Text width in twips from the default theme (A4, left 25 mm, right 20 mm), worked out here rather than by the writer.
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const PORTRAIT_TEXT = 11906 - twips(25) - twips(20);
const LANDSCAPE_TEXT = 16838 - twips(25) - twips(20);

let bytes: Uint8Array;
let all: Parts;
let body: string;

beforeAll(async () => {
  bytes = await joined(docx(sampleDocument, DEFAULT_THEME));
  all = docxParts(bytes);
  body = all['word/document.xml']!;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('docx writer: package', () => {
  it('writes a zip with the Word parts', () => {
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'docProps/core.xml']) {
      expect(all[part], part).toBeDefined();
    }
  });

  it('gives byte-identical files however late and after however many renders it runs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const first = await joined(docx(sampleDocument, DEFAULT_THEME));
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    const second = await joined(docx(sampleDocument, DEFAULT_THEME));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stamps zip entries with the document date, not the clock', () => {
    // The first local file header: DOS date at offset 12 (year − 1980, month, day).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(12, true)).toBe(((2019 - 1980) << 9) | (6 << 5) | 27);
  });

  it('writes the document properties and the date of the Document', () => {
    const core = all['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Lokalni akcioni plan Grada Tuzla 2019–2022</dc:title>');
    expect(core).toContain('<dc:subject>Implementacija UNSCR 1325 „Žene, mir i sigurnost“</dc:subject>');
    expect(core).toContain('<dc:creator>Grad Tuzla</dc:creator>');
    expect(core).toContain('<cp:keywords>UNSCR 1325, žene, mir, sigurnost</cp:keywords>');
    expect(core).toContain('<dc:language>bs-Latn-BA</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2019-06-27T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2019-06-27T00:00:00Z<\/dcterms:modified>/);
  });

  it('sets the document language in the default run properties', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(all['word/styles.xml']!)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang w:val="bs-Latn-BA"\/>/);
    expect(defaults).toContain('w:ascii="Noto Sans"');
    expect(defaults).toMatch(/<w:sz w:val="21"\/>/);
  });

  it('maps bare language tags to a region Word proofs', () => {
    expect(wordLanguage('bs')).toBe('bs-Latn-BA');
    expect(wordLanguage('uk')).toBe('uk-UA');
    expect(wordLanguage('en')).toBe('en-US');
    expect(wordLanguage('en-gb')).toBe('en-GB');
    expect(wordLanguage('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(wordLanguage('xx')).toBe('xx');
  });
});

describe('docx writer: text and styles', () => {
  it('keeps the text, with diacritics, Cyrillic and Greek', () => {
    const texts = paragraphs(body).map((p) => p.text);
    expect(texts).toContain('Lokalni akcioni plan za implementaciju UNSCR 1325');
    expect(texts.some((t) => t.includes('čćđšž ČĆĐŠŽ'))).toBe(true);
    expect(texts).toContain('Українською: Жінки, мир, безпека. Ελληνικά: Γυναίκες, ειρήνη και ασφάλεια.');
    expect(texts).toContain('1325 (2000), 1820 (2008), 1888 (2009).');
  });

  it('uses real Word styles for the cover, headings, notes and tables', () => {
    expect(paragraph(body, 'Lokalni akcioni plan za implementaciju UNSCR 1325')).toContain('<w:pStyle w:val="Title"/>');
    expect(paragraph(body, 'Grad Tuzla, 2019–2022')).toContain('<w:pStyle w:val="Subtitle"/>');
    expect(paragraph(body, 'Uvod')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraph(body, 'Lokalni kontekst')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraph(body, 'Radna grupa')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(paragraph(body, 'Sastav radne grupe')).toContain('<w:pStyle w:val="Caption"/>');
    const styles = all['word/styles.xml']!;
    for (const id of ['Normal', 'Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'ListParagraph', 'Note', 'TableText']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="PlanTable">/);
    expect(tables(body).every((t) => t.includes('<w:tblStyle w:val="PlanTable"/>'))).toBe(true);
    // Heading 1 in the theme's heading size (16 pt = 32 half-points) and colour.
    const heading1 = /<w:style [^>]*w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toContain('<w:sz w:val="32"/>');
    expect(heading1).toContain('<w:color w:val="1F3864"/>');
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('numbers headings "1.", "1.2.", "1.2.3." through a list linked to the Heading styles', () => {
    const styles = all['word/styles.xml']!;
    const numbering = all['word/numbering.xml']!;
    const numIdOf = (level: number) => {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">[\\s\\S]*?</w:style>`).exec(styles)![0];
      expect(style).toContain(`<w:ilvl w:val="${level - 1}"/>`);
      return attr(/<w:numId [^>]*\/>/.exec(style)![0], 'w:val')!;
    };
    const numId = numIdOf(1);
    expect(numIdOf(2)).toBe(numId);
    expect(numIdOf(3)).toBe(numId);
    const abstractId = attr(new RegExp(`<w:num w:numId="${numId}">[\\s\\S]*?<w:abstractNumId [^>]*/>`).exec(numbering)![0].split('<w:abstractNumId')[1]!, 'w:val');
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    const levels = [...abstract.matchAll(/<w:lvl [\s\S]*?<\/w:lvl>/g)].map(([l]) => ({ style: attr(/<w:pStyle [^>]*\/>/.exec(l)?.[0] ?? '', 'w:val'), text: attr(/<w:lvlText [^>]*\/>/.exec(l)![0], 'w:val') }));
    expect(levels.slice(0, 3)).toEqual([
      { style: 'Heading1', text: '%1.' },
      { style: 'Heading2', text: '%1.%2.' },
      { style: 'Heading3', text: '%1.%2.%3.' },
    ]);
    // Numbered headings take the number from the style; the unnumbered one switches it off.
    expect(paragraph(body, 'Uvod')).not.toContain('<w:numPr>');
    expect(paragraph(body, 'Aneks: rezolucije')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="0"\/><\/w:numPr>/);
  });

  it('numbers lists, bullets and decimals, nested, each ordered list from 1 again', () => {
    const numbering = all['word/numbering.xml']!;
    const numOf = (text: string) => {
      const p = paragraph(body, text);
      return { level: attr(/<w:ilvl [^>]*\/>/.exec(p)![0], 'w:val'), id: attr(/<w:numId [^>]*\/>/.exec(p)![0], 'w:val')! };
    };
    const formatOf = (numId: string, level: string) => {
      const abstractId = attr(new RegExp(`<w:num w:numId="${numId}">\\s*<w:abstractNumId [^>]*/>`).exec(numbering)![0].split('<w:abstractNumId')[1]!, 'w:val');
      const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
      const lvl = new RegExp(`<w:lvl w:ilvl="${level}"[\\s\\S]*?</w:lvl>`).exec(abstract)![0];
      return attr(/<w:numFmt [^>]*\/>/.exec(lvl)![0], 'w:val');
    };
    const bullet = numOf('nasilje u porodici');
    const nested = numOf('poljoprivreda');
    const first = numOf('prvi korak');
    expect(formatOf(bullet.id, bullet.level!)).toBe('bullet');
    expect(nested.level).toBe('1');
    expect(formatOf(nested.id, nested.level!)).toBe('decimal');
    expect(formatOf(first.id, first.level!)).toBe('decimal');
    expect(numOf('drugi korak').id).toBe(first.id);
    // The second ordered list is a list instance of its own, starting at 1.
    expect(first.id).not.toBe(nested.id);
    expect(new RegExp(`<w:num w:numId="${first.id}">[\\s\\S]*?<w:startOverride w:val="1"/>`).test(numbering)).toBe(true);
  });

  it('writes an external hyperlink with a fixed relationship id', () => {
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>[\s\S]*?<\/w:hyperlink>/.exec(body);
    expect(link?.[0]).toContain('stranici UN-a');
    const rels = all['word/_rels/document.xml.rels']!;
    const rel = new RegExp(`<Relationship [^>]*Id="${link![1]}"[^>]*/>`).exec(rels)![0];
    expect(attr(rel, 'Target')).toBe('https://www.un.org/womenwatch/osagi/wps/');
    expect(attr(rel, 'TargetMode')).toBe('External');
  });

  it('writes a table of contents field over headings 1 to depth, updated when Word opens the file', () => {
    const instructions = [...body.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => unescapeXml(m[1]!));
    const toc = instructions.find((i) => /^\s*TOC\b/.test(i));
    expect(toc).toMatch(/\\o "1-3"/);
    expect(toc).toMatch(/\\h/);
    expect(paragraph(body, 'Sadržaj')).toContain('<w:pStyle w:val="TOCHeading"/>');
    // Filled in with the headings for applications that show the field's last result as it is (LibreOffice).
    const entries = paragraphs(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(body)![0]).filter((p) => /w:val="TOC\d"/.test(p.xml)).map((p) => p.text);
    expect(entries).toEqual(['Uvod', 'Lokalni kontekst', 'Radna grupa', 'Matrica aktivnosti', 'Aneks: rezolucije']);
    expect(all['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });
});

describe('docx writer: tables', () => {
  it('scales the column widths to the text width of the page they are on', () => {
    const [group, matrix] = tables(body);
    const grid = (t: string) => [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid(group!).reduce((a, b) => a + b, 0)).toBe(PORTRAIT_TEXT);
    expect(grid(matrix!).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT);
    // columns [3, 1, 1]
    const [wide, narrow] = grid(group!);
    expect(Math.abs(wide! - 3 * narrow!)).toBeLessThanOrEqual(3);
    expect(group).toMatch(/<w:tblW w:type="dxa" w:w="9355"\/>|<w:tblW w:w="9355" w:type="dxa"\/>/);
    expect(group).toContain('<w:tblLayout w:type="fixed"/>');
    // Every cell has an explicit width.
    expect([...group!.matchAll(/<w:tc>/g)].length).toBe([...group!.matchAll(/<w:tcW [^>]*w:type="dxa"[^>]*\/>|<w:tcW w:type="dxa" [^>]*\/>/g)].length);
  });

  it('repeats the header rows and keeps rows on one page', () => {
    const [group, matrix] = tables(body);
    const rows = (t: string) => t.split('<w:tr>').slice(1);
    expect(rows(group!).map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false, false]);
    const matrixRows = rows(matrix!);
    expect(matrixRows).toHaveLength(41);
    expect(matrixRows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(1);
    expect(matrixRows[0]).toContain('<w:tblHeader/>');
    expect(matrixRows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('keeps header rows, a row heading a group and a line kept with its table on the page of what follows', async () => {
    const text = (t: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] });
    const row = (a: string, b: string) => ({ cells: [{ blocks: [text(a)] }, { blocks: [text(b)] }] });
    const small: Document = {
      meta: sampleDocument.meta,
      blocks: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Pillars: protection' }], keepWithNext: true },
        { type: 'paragraph', children: [{ type: 'text', text: 'An ordinary line' }] },
        { type: 'table', columns: [1, 3], head: [row('Id', 'Action')], body: [{ cells: [{ blocks: [text('Outcome 2.1')], colspan: 2 }] }, row('2.1.1', 'First action'), row('2.1.2', 'Last action')] },
      ],
    };
    const xml = docxParts(await joined(docx(small, DEFAULT_THEME)))['word/document.xml']!;
    const kept = (t: string) => paragraph(xml, t).includes('<w:keepNext/>');
    expect(['Pillars: protection', 'Id', 'Action', 'Outcome 2.1'].map(kept)).toEqual([true, true, true, true]);
    expect(['An ordinary line', '2.1.1', 'First action', 'Last action'].map(kept)).toEqual([false, false, false, false]);
  });

  it('merges cells across columns and rows', () => {
    const [group] = tables(body);
    const [first, second] = group!.split('<w:tr>').slice(1);
    expect(first).toContain('<w:vMerge w:val="restart"/>');
    expect(first).toContain('<w:gridSpan w:val="2"/>');
    expect(second).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    // The continued cell keeps the grid: three cells in the second header row.
    expect(second!.split('<w:tc>')).toHaveLength(4);
  });

  it('fills the header with the theme colour and cells with their own', () => {
    const [group] = tables(body);
    const [first] = group!.split('<w:tr>').slice(1);
    expect(first).toMatch(/<w:shd [^>]*w:fill="1F3864"/);
    expect(first).toContain('<w:color w:val="FFFFFF"/>');
    expect(group).toMatch(/<w:shd [^>]*w:fill="E2EFDA"/);
    expect(group).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"[^>]*w:color="8EAADB"/);
  });
});

describe('docx writer: sections, header and footer', () => {
  const sections = () => [...body.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
  const pgSz = (s: string) => /<w:pgSz [^>]*\/>/.exec(s)![0];

  it('lays the section with the matrix out in landscape, then goes back to portrait', () => {
    const list = sections();
    expect(list).toHaveLength(3);
    const [before, landscape, after] = list.map(pgSz);
    expect(attr(before!, 'w:orient')).not.toBe('landscape');
    expect(attr(landscape!, 'w:orient')).toBe('landscape');
    expect(Number(attr(landscape!, 'w:w'))).toBe(16838);
    expect(Number(attr(landscape!, 'w:h'))).toBe(11906);
    expect(attr(after!, 'w:orient')).not.toBe('landscape');
    expect(Number(attr(after!, 'w:w'))).toBe(11906);
    // The matrix heading is in the landscape section: after the first section break, before the second.
    const matrix = body.indexOf('Matrica aktivnosti</w:t>', body.indexOf('Aneks: rezolucije</w:t>'));
    expect(matrix).toBeGreaterThan(body.indexOf(list[0]!));
    expect(matrix).toBeLessThan(body.indexOf(list[1]!));
  });

  it('leaves the cover page without header and footer', () => {
    const [first, ...rest] = sections();
    expect(first).toContain('<w:titlePg/>');
    for (const s of rest) expect(s).not.toContain('<w:titlePg/>');
    const firstFooter = /<w:footerReference w:type="first" r:id="([^"]+)"/.exec(first!)![1];
    const target = attr(new RegExp(`<Relationship [^>]*Id="${firstFooter}"[^>]*/>`).exec(all['word/_rels/document.xml.rels']!)![0], 'Target');
    expect(all[`word/${target}`]).not.toMatch(/PAGE/);
  });

  it('gives the first section the header and footer, which the sections after it take over', () => {
    const [first, ...rest] = sections();
    expect(first).toMatch(/<w:headerReference w:type="default"/);
    expect(first).toMatch(/<w:footerReference w:type="default"/);
    expect(rest.length).toBeGreaterThan(0);
    // A section without references of its own takes the previous section's (ECMA-376 §17.10.5).
    for (const s of rest) expect(s).not.toMatch(/<w:(header|footer)Reference/);
    expect(parts(all, /^word\/header\d+\.xml$/)).toHaveLength(2);
  });

  it('puts PAGE and NUMPAGES fields in the footer', () => {
    const footers = parts(all, /^word\/footer\d+\.xml$/).filter((f) => f.includes('NUMPAGES'));
    expect(footers).toHaveLength(1);
    for (const footer of footers) {
      const text = paragraphs(footer)[0]!.text;
      expect(text).toBe('Page  of ');
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(footer.indexOf('>PAGE<')).toBeLessThan(footer.indexOf('>NUMPAGES<'));
    }
  });
});

describe('docx writer: other documents', () => {
  // A 1×1 PNG.
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
  const theme: Theme = { ...DEFAULT_THEME, header: 'План дій', footer: 'Сторінка {page} з {pages}' };
  const document: Document = {
    meta: { title: 'План', language: 'uk', date: new Date(Date.UTC(2024, 0, 15)) },
    blocks: [
      { type: 'heading', level: 1, numbered: true, id: 'ціль 1', children: [{ type: 'text', text: 'Ціль' }] },
      { type: 'paragraph', children: [{ type: 'link', href: '#ціль 1', children: [{ type: 'text', text: 'див. ціль' }] }] },
      { type: 'image', src: 'logo.png', data: png, format: 'png', alt: 'Герб', width: 72 },
      { type: 'image', src: 'wide.png', data: png, format: 'png', alt: 'Широке', width: 5000 },
      {
        type: 'table',
        columns: [1, 1],
        head: [],
        body: [{ cells: [{ blocks: [{ type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'в клітинці' }] }]] }], colspan: 2 }] }],
      },
    ],
  };

  it('writes images scaled to fit, internal links, the header text and the language', async () => {
    const bytes = await joined(docx(document, theme));
    const files = docxParts(bytes);
    const xml = files['word/document.xml']!;
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents).toHaveLength(2);
    expect(extents[0]).toEqual([914400, 914400]); // 72 pt = 1 inch
    expect(extents[1]![0]).toBeLessThanOrEqual(PORTRAIT_TEXT * 635 + 9525); // no wider than the text
    expect(extents[1]![0]).toBeGreaterThan(PORTRAIT_TEXT * 635 - 9525);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Герб"/);
    expect(Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="ціль_1"/);
    expect(xml).toMatch(/<w:bookmarkStart [^>]*w:name="ціль_1"/);
    const inCell = paragraphs(xml).find((p) => p.text === 'в клітинці')!.xml;
    expect(inCell).toContain('<w:numPr>');
    expect(inCell).toMatch(/<w:r><w:rPr><w:sz w:val="18"\/>/); // the table size, 9 pt
    expect(parts(files, /^word\/header\d+\.xml$/).some((h) => paragraphs(h)[0]?.text === 'План дій')).toBe(true);
    expect(parts(files, /^word\/footer\d+\.xml$/).some((f) => paragraphs(f)[0]?.text === 'Сторінка  з ')).toBe(true);
    expect(files['word/styles.xml']).toMatch(/<w:lang w:val="uk-UA"\/>/);
    // No cover (no page break): no different first page.
    expect(xml).not.toContain('<w:titlePg/>');
    expect(Buffer.from(await joined(docx(document, theme))).equals(Buffer.from(bytes))).toBe(true);
  });
});
