// Chart blocks in the Word writer (a PNG per chart, painted with pureimage), the PDF writer (vector graphics) and the
// HTML writer (inline SVG), and the geometry all three draw from.
import { decode } from 'fast-png';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ChartBlock, Document, Inline } from '../../src/document/model.js';
import { DEFAULT_THEME, type Theme } from '../../src/document/theme.js';
import { chartDrawing } from '../../src/write/chart-font.js';
import { docx } from '../../src/write/docx.js';
import { html } from '../../src/write/html.js';
import { chartImage } from '../../src/write/docx/chart.js';
import { chartGeometry, fitChart, type ChartFont, type ChartShape } from '../../src/write/pdf/chart-layout.js';
import { pdf } from '../../src/write/pdf.js';
import { joined, latin1, openPdf, pdfPages } from '../helpers/document-text.js';
import { sampleDocument } from '../helpers/sample-document.js';

const theme: Theme = { ...DEFAULT_THEME, header: 'Lokalni akcioni plan Grada Tuzla', footer: 'Stranica {page} od {pages}' };

const t = (text: string): Inline => ({ type: 'text', text });
const p = (text: string): Block => ({ type: 'paragraph', children: [t(text)] });
const cell = (text: string) => ({ blocks: [p(text)] });

const statuses: ChartBlock = {
  type: 'chart',
  title: 'Status aktivnosti po stubovima',
  alt: 'Stacked bars: the status of the actions in each of the four pillars; the table below gives the numbers.',
  categories: ['Prevencija', 'Učešće žena u odlučivanju i mirovnim procesima', 'Zaštita', 'Pomoć i oporavak'],
  series: [
    { name: 'Završeno', color: '#2e7d32', values: [6, 3, 4, 2] },
    { name: 'U toku', color: '#66bb6a', values: [4, 5, 2, 3] },
    { name: 'Kasni', color: '#f9a825', values: [2, 1, 3, 1] },
    { name: 'Nije počelo', color: '#c62828', values: [1, 2, 0, 4] },
    { name: 'Nepoznato', color: '#9e9e9e', values: [0, 1, 1, 0] },
  ],
  stacked: true,
};

const indicators: ChartBlock = {
  type: 'chart',
  title: 'Udio žena po indikatorima',
  alt: 'Grouped bars: the share of women for five indicators at the baseline and in 2022, each with its expected share.',
  categories: ['1.1 Žene u lokalnoj upravi', '1.2 Žene u policiji', '2.1 Obučene službenice i službenici', '3.1 Prijavljeni slučajevi nasilja procesuirani u roku', '4.1 Žene korisnice programa'],
  series: [
    { name: 'Polazna vrijednost (2019)', color: '#a9c4e4', values: [31, 12, 40, 22, 48] },
    { name: 'Postignuto (2022)', color: '#2e75b6', values: [42, 18, 120, 35, 64] },
  ],
  stacked: false,
  unit: '%',
  max: 100,
  markers: [50, 25, null, 60, 70],
};

/** The same numbers as a table: a chart is never the only way to read them. */
const indicatorTable: Block = {
  type: 'table',
  columns: [4, 1, 1, 1],
  caption: 'Udio žena po indikatorima (%)',
  head: [{ cells: [cell('Indikator'), cell('2019'), cell('2022'), cell('Očekivano')] }],
  body: indicators.categories.map((name, i) => ({
    cells: [cell(name), cell(String(indicators.series[0]!.values[i])), cell(String(indicators.series[1]!.values[i])), cell(String(indicators.markers![i] ?? '—'))],
  })),
};

const chartDocument: Document = {
  meta: { ...sampleDocument.meta },
  blocks: [
    { type: 'heading', level: 1, numbered: true, children: [t('Praćenje provedbe')] },
    p('Grafikoni prikazuju stanje aktivnosti i indikatora; tabela ispod daje iste brojeve.'),
    statuses,
    indicators,
    indicatorTable,
  ],
};

// --- PNG reading with fast-png, the library that writes them ---

interface Png {
  width: number;
  height: number;
  rgb: Uint8Array;
}

function readPng(bytes: Uint8Array): Png {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = decode(bytes);
  expect([png.depth, png.channels]).toEqual([8, 3]);
  // No text chunks (nor time stamps): nothing but the pixels decides the bytes.
  expect(png.text).toEqual({});
  return { width: png.width, height: png.height, rgb: png.data as Uint8Array };
}

/** How many pixels have exactly this colour. */
function pixels(png: Png, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.rgb.length; i += 3) if (png.rgb[i] === r && png.rgb[i + 1] === g && png.rgb[i + 2] === b) n++;
  return n;
}

// --- the Word writer ---

describe('chart blocks in the Word writer', () => {
  let bytes: Uint8Array;
  let files: Record<string, Uint8Array>;
  let body: string;

  beforeAll(async () => {
    bytes = await joined(docx(chartDocument, theme));
    files = unzipSync(bytes);
    body = strFromU8(files['word/document.xml']!);
  });

  it('puts one PNG per chart in the package, referenced from the document with its title and alt text', () => {
    const media = Object.keys(files).filter((path) => /^word\/media\/[^/]+\.png$/.test(path));
    expect(media).toHaveLength(2);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const drawings = [...body.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    expect(drawings).toHaveLength(2);
    for (const [drawing, chart] of drawings.map((d, i) => [d, [statuses, indicators][i]!] as const)) {
      expect(drawing).toContain(`descr="${chart.alt}"`);
      expect(drawing).toContain(`title="${chart.title}"`);
      const embed = /r:embed="([^"]+)"/.exec(drawing)?.[1];
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${embed}"`).exec(rels)?.[1];
      expect(target, `the relationship of ${chart.title}`).toMatch(/^media\/[^/]+\.png$/);
      expect(files[`word/${target}`]).toBeDefined();
    }
    expect(strFromU8(files['[Content_Types].xml']!)).toMatch(/Extension="png"/);
  });

  it('sizes the image to the text width and paints it at twice that resolution', () => {
    const textWidthPt = ((11906 - Math.round((25 * 1440) / 25.4) - Math.round((20 * 1440) / 25.4)) / 20) as number;
    const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(body)![0];
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing)![1]);
    const cy = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing)![2]);
    // EMU: 9525 per pixel of 1/96 in, 12700 per point.
    expect(cx / 12700).toBeLessThanOrEqual(textWidthPt);
    expect(cx / 12700).toBeGreaterThan(textWidthPt - 1);
    const image = chartImage(statuses, theme, textWidthPt);
    expect(image.width * 9525).toBe(cx);
    expect(image.height * 9525).toBe(cy);
    const png = readPng(image.png);
    expect(png.width).toBe(image.width * 2);
    expect(png.height).toBe(image.height * 2);
    // Tall enough for the title, four bars of about 18 pt, the axis and the legend.
    expect(image.height / (96 / 72)).toBeGreaterThan(4 * 18 + 40);
    expect(image.height / (96 / 72)).toBeLessThan(4 * 18 + 140);
  });

  it('draws the bars in the series colours and a white background', () => {
    const png = readPng(chartImage(statuses, theme, 480).png);
    for (const s of statuses.series) expect(pixels(png, s.color), s.name).toBeGreaterThan(100);
    expect(pixels(png, '#ffffff')).toBeGreaterThan(png.width * png.height * 0.5);
    const grouped = readPng(chartImage(indicators, theme, 480).png);
    for (const s of indicators.series) expect(pixels(grouped, s.color), s.name).toBeGreaterThan(1000);
    // The marker ticks, in the text colour.
    expect(pixels(grouped, theme.colors.text)).toBeGreaterThan(4 * 20);
  });

  it('gives the same bytes every time', async () => {
    const again = await joined(docx(structuredClone(chartDocument), theme));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const first = chartImage(indicators, theme, 480).png;
    const second = chartImage(structuredClone(indicators), theme, 480).png;
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('fits a chart in a table cell', async () => {
    const table: Block = { type: 'table', columns: [1, 1], head: [], body: [{ cells: [{ blocks: [statuses] }, cell('Iste brojeve daje tabela.')] }] };
    const files = unzipSync(await joined(docx({ meta: chartDocument.meta, blocks: [table] }, theme)));
    const xml = strFromU8(files['word/document.xml']!);
    const cellWidth = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(xml)!.slice(1).find(Boolean));
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(xml)![1]);
    expect(cx / 12700).toBeLessThan(cellWidth / 20);
  });
});

// --- the PDF writer ---


describe('chart blocks in the PDF writer', () => {
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await joined(pdf(chartDocument, theme));
    pages = await pdfPages(bytes);
  });

  it('carries the titles, category labels, values and legend as text', () => {
    const all = pages.join(' ');
    for (const chart of [statuses, indicators]) {
      expect(all).toContain(chart.title);
      for (const category of chart.categories) expect(all, category).toContain(category);
      for (const s of chart.series) expect(all, s.name).toContain(s.name);
    }
    // Stacked: the totals after the bars; grouped: every value with its unit, 120 % too though the axis ends at 100.
    for (const total of ['13', '12', '10']) expect(all).toContain(total);
    for (const value of [31, 12, 40, 22, 48, 42, 18, 120, 35, 64]) expect(all).toContain(`${value} %`);
    for (const tick of ['0 %', '25 %', '50 %', '75 %', '100 %']) expect(all).toContain(tick);
  });

  it('draws vector graphics, tagged as a Figure with the alt text, and no image', async () => {
    const raw = latin1(bytes);
    expect(raw).not.toContain('/Subtype /Image');
    expect(raw).toContain(`/Alt (${statuses.alt})`);
    expect(raw).toContain(`/Alt (${indicators.alt})`);
    const proxy = await openPdf(bytes);
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    for (let i = 1; i <= proxy.numPages; i++) walk((await (await proxy.getPage(i)).getStructTree()) as never);
    expect(roles.filter((r) => r === 'Figure')).toHaveLength(2);
  });

  it('gives the same bytes and the same pages every time', async () => {
    const again = await joined(pdf(structuredClone(chartDocument), theme));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    // The heading, both charts and the table fit on one page.
    expect(pages).toHaveLength(1);
    expect((await openPdf(again)).numPages).toBe(pages.length);
    // After the sample document (contents, a landscape section), too.
    const combined: Document = { meta: sampleDocument.meta, blocks: [...sampleDocument.blocks, ...chartDocument.blocks] };
    const first = await pdfPages(await joined(pdf(combined, theme)));
    const second = await pdfPages(await joined(pdf(structuredClone(combined), theme)));
    expect(second).toEqual(first);
    expect(first[first.length - 1]).toContain(indicators.title);
  });

  it('moves a chart that does not fit at the bottom of a page to the next page, whole', async () => {
    const whole: number[] = [];
    for (let n = 12; n <= 30; n += 2) {
      const blocks: Block[] = Array.from({ length: n }, (_, i) => p(`Filler line ${i}`));
      blocks.push(indicators, p('After the chart.'));
      const texts = await pdfPages(await joined(pdf({ meta: chartDocument.meta, blocks }, theme)));
      const parts = [indicators.title, ...indicators.categories, ...indicators.series.map((s) => s.name), '100 %'];
      const where = parts.map((part) => texts.findIndex((text) => text.includes(part)));
      expect(new Set(where).size, `after ${n} lines: ${JSON.stringify(where)}`).toBe(1);
      // Moved, not pushed: the filler before it is still on the page before.
      if (where[0]! > 0) expect(texts[where[0]! - 1]).toContain(`Filler line ${n - 1}`);
      whole.push(where[0]!);
    }
    // Some of these starts left the chart no room on the first page.
    expect(whole).toContain(0);
    expect(whole).toContain(1);
  });

  it('makes a chart taller than a page thinner, so that it still fits on one page', async () => {
    const tall: ChartBlock = {
      ...indicators,
      categories: Array.from({ length: 40 }, (_, i) => `Indikator ${i + 1} s dugim nazivom u dva reda`),
      series: indicators.series.map((s, k) => ({ ...s, values: Array.from({ length: 40 }, (_, i) => (i * 7 + k * 13) % 100) })),
      markers: undefined,
    };
    const texts = await pdfPages(await joined(pdf({ meta: chartDocument.meta, blocks: [p('Before.'), tall] }, theme)));
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain(tall.title);
    expect(texts[1]).toContain('Indikator 40');
    expect(texts[1]).toContain(tall.series[1]!.name);
  });
});

// --- the geometry both writers draw ---

/** A measure like a monospaced font: 0.5 em per character. */
const mono: ChartFont = { width: (text, size) => Array.from(text).length * size * 0.5, ascent: 1.07, descent: 0.29 };
const texts = (shapes: readonly ChartShape[], part?: string) =>
  shapes.flatMap((s) => (s.k === 'text' && (part === undefined || s.part === part) ? [s] : []));

describe('chart blocks in the HTML writer', () => {
  it('draws each chart as SVG with the same rectangles and text as the geometry the other writers use, and the alt text as its label', async () => {
    const page = new TextDecoder().decode(await joined(html(chartDocument, theme)));
    const svgs = [...page.matchAll(/<svg [^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/svg>/gs)];
    expect(svgs.map((m) => m[1])).toEqual([statuses.alt, indicators.alt]);
    for (const [m, chart] of svgs.map((m, i) => [m, [statuses, indicators][i]!] as const)) {
      const g = chartGeometry(chart, 480, theme, chartDrawing().font);
      const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const drawn = [...m[2]!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((t) => unescape(t[1]!));
      expect(drawn).toEqual(texts(g.shapes).map((s) => s.k === 'text' && s.text));
      expect(m[2]!.match(/<rect /g)).toHaveLength(g.shapes.filter((s) => s.k === 'rect').length);
      expect(drawn).toContain(chart.title);
    }
  });
});

describe('chart geometry', () => {
  it('is as wide as asked, with the labels in the left 30 % and the ticks from 0 to the maximum', () => {
    const g = chartGeometry(indicators, 480, theme, mono);
    expect(g.width).toBe(480);
    for (const s of g.shapes) {
      const right = s.k === 'rect' ? s.x + s.w : s.x + mono.width(s.text, s.size, s.bold);
      expect(right).toBeLessThanOrEqual(480 + 1e-6);
      expect(s.y).toBeLessThanOrEqual(g.height);
    }
    for (const label of texts(g.shapes, 'label')) expect(label.x + mono.width(label.text, label.size, false)).toBeLessThanOrEqual(480 * 0.3);
    expect(texts(g.shapes, 'tick').map((s) => s.k === 'text' && s.text)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
  });

  it('prints numbers with the decimal separator it is given', () => {
    const half = { ...indicators, series: [{ ...indicators.series[0]!, values: [28.94, 12.5, 40, 22, 48] }], max: 10, decimal: ',' };
    const g = chartGeometry(half, 480, theme, mono);
    const values = texts(g.shapes, 'value').map((s) => s.k === 'text' && s.text);
    expect(values.slice(0, 2)).toEqual(['28,9 %', '12,5 %']);
    expect(texts(g.shapes, 'tick').map((s) => s.k === 'text' && s.text)).toEqual(['0 %', '2,5 %', '5 %', '7,5 %', '10 %']);
    expect(values.join(' ')).not.toContain('.');
  });

  it('clips a value above the maximum at the axis end and still prints it', () => {
    const g = chartGeometry(indicators, 480, theme, mono);
    const bars = g.shapes.filter((s): s is Extract<ChartShape, { k: 'rect' }> => s.k === 'rect' && s.color === '#2e75b6' && s.h > 10);
    const widths = bars.map((b) => b.w);
    const full = Math.max(...widths);
    // 42, 18, 120 (clipped to 100), 35, 64: the clipped bar is the longest, no longer than the axis.
    expect(widths[2]).toBe(full);
    expect(widths[0]! / full).toBeCloseTo(0.42, 5);
    expect(texts(g.shapes, 'value').some((s) => s.k === 'text' && s.text === '120 %')).toBe(true);
  });

  it('draws a marker across the bars of its category only where one is given', () => {
    const g = chartGeometry(indicators, 480, theme, mono);
    const markers = g.shapes.filter((s) => s.k === 'rect' && s.color === theme.colors.text);
    expect(markers).toHaveLength(4);
  });

  it('wraps a long category label and shortens what does not fit with "…"', () => {
    const long: ChartBlock = { ...statuses, categories: ['Jedan vrlo dugačak naziv stuba koji nikako ne staje u dva reda teksta lijevo od grafikona', 'Kratko', 'Zaštita', 'Oporavak'] };
    const g = chartGeometry(long, 480, theme, mono);
    const labels = texts(g.shapes, 'label').map((s) => (s.k === 'text' ? s.text : ''));
    const first = labels.slice(0, labels.indexOf('Kratko'));
    expect(first).toHaveLength(2);
    expect(first[1]).toMatch(/…$/);
  });

  it('grows about 18 pt per bar (grouped) or per category (stacked)', () => {
    const one = (categories: number, stacked: boolean) =>
      chartGeometry({ ...statuses, stacked, categories: Array.from({ length: categories }, (_, i) => `C${i}`), series: statuses.series.slice(0, 2) }, 480, theme, mono).height;
    expect(one(8, true) - one(4, true)).toBeCloseTo(4 * 18, 0);
    expect((one(8, false) - one(4, false)) / 8).toBeGreaterThan(15);
    expect((one(8, false) - one(4, false)) / 8).toBeLessThan(21);
  });

  it('fits a chart in the room it has: thinner bars, one-line labels, and at last smaller as a whole', () => {
    const many: ChartBlock = { ...statuses, categories: Array.from({ length: 60 }, (_, i) => `Stub ${i + 1} sa nazivom u dva reda teksta`) };
    const natural = chartGeometry(many, 480, theme, mono).height;
    for (const room of [natural + 10, natural * 0.7, natural * 0.45, natural * 0.2]) {
      const g = fitChart(many, 480, room, theme, mono);
      expect(g.height).toBeLessThanOrEqual(room);
      expect(texts(g.shapes, 'label').filter((s) => s.k === 'text' && s.text.startsWith('Stub 60'))).toHaveLength(1);
    }
    expect(fitChart(many, 480, natural + 10, theme, mono).height).toBe(natural);
  });
});
