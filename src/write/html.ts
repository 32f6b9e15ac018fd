// Document → one self-contained HTML file with print CSS, for a quick preview in a browser.
import type { Block, ChartBlock, Inline, TableCell } from '../document/model.js';
import type { Theme } from '../document/theme.js';
import { utf8Parts, type Writer } from './writer.js';
import { chartDrawing } from './chart-font.js';
import { chartGeometry } from './pdf/chart-layout.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineToHtml(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return escape(inline.text);
    case 'strong':
      return `<strong>${inline.children.map(inlineToHtml).join('')}</strong>`;
    case 'em':
      return `<em>${inline.children.map(inlineToHtml).join('')}</em>`;
    case 'link':
      return `<a href="${escape(inline.href)}">${inline.children.map(inlineToHtml).join('')}</a>`;
    case 'break':
      return '<br>';
  }
}

/** Heading numbers as the other writers give them ("1.", "1.2."), counted over numbered headings. */
class Numbering {
  private counts = [0, 0, 0, 0];
  next(level: number): string {
    this.counts[level - 1]!++;
    for (let i = level; i < 4; i++) this.counts[i] = 0;
    return `${this.counts.slice(0, level).join('.')}.`;
  }
}

function cellToHtml(cell: TableCell, tag: 'th' | 'td', theme: Theme): string {
  const attrs = [
    cell.colspan ? ` colspan="${cell.colspan}"` : '',
    cell.rowspan ? ` rowspan="${cell.rowspan}"` : '',
    cell.align ? ` style="text-align:${cell.align}${cell.fill ? `;background:${cell.fill}` : ''}"` : cell.fill ? ` style="background:${cell.fill}"` : '',
  ].join('');
  return `<${tag}${attrs}>${cell.blocks.map((b) => blockToHtml(b, theme, new Numbering(), [])).join('')}</${tag}>`;
}

function blockToHtml(block: Block, theme: Theme, numbering: Numbering, toc: { level: number; text: string; anchor: string }[]): string {
  switch (block.type) {
    case 'heading': {
      const number = block.numbered ? `${numbering.next(block.level)} ` : '';
      const anchor = block.id ?? `h-${toc.length + 1}`;
      const text = `${number}${block.children.map(inlineToHtml).join('')}`;
      toc.push({ level: block.level, text, anchor });
      return `<h${block.level} id="${escape(anchor)}">${text}</h${block.level}>\n`;
    }
    case 'paragraph':
      return `<p${block.role || block.keepWithNext ? ` class="${[block.role, block.keepWithNext ? 'keep-with-next' : ''].filter(Boolean).join(' ')}"` : ''}>${block.children.map(inlineToHtml).join('')}</p>\n`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${item.map((b) => blockToHtml(b, theme, numbering, toc)).join('')}</li>`).join('')}</${tag}>\n`;
    }
    case 'table': {
      const total = block.columns.reduce((a, b) => a + b, 0);
      const cols = block.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
      const head = block.head.map((r) => `<tr>${r.cells.map((c) => cellToHtml(c, 'th', theme)).join('')}</tr>`).join('');
      const body = block.body.map((r) => `<tr>${r.cells.map((c) => cellToHtml(c, 'td', theme)).join('')}</tr>`).join('');
      return `<table>${block.caption ? `<caption>${escape(block.caption)}</caption>` : ''}<colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>\n`;
    }
    case 'image': {
      const data = Buffer.from(block.data).toString('base64');
      return `<img src="data:image/${block.format};base64,${data}" alt="${escape(block.alt)}"${block.width ? ` style="width:${block.width}pt"` : ''}>\n`;
    }
    case 'section':
      return `<section class="${block.orientation}">${block.blocks.map((b) => blockToHtml(b, theme, numbering, toc)).join('')}</section>\n`;
    case 'page-break':
      return '<div class="page-break"></div>\n';
    case 'toc':
      return `<nav class="toc" data-depth="${block.depth}"><p class="toc-title">${escape(block.title)}</p><!--TOC--></nav>\n`;
    case 'chart':
      return chartToSvg(block, theme);
  }
}

/** The width charts are laid out at, in points: about the text width of an A4 page; the SVG then scales to the page. */
const CHART_WIDTH = 480;

/** A bar chart as inline SVG, with the geometry the PDF and Word writers draw. */
function chartToSvg(chart: ChartBlock, theme: Theme): string {
  const g = chartGeometry(chart, CHART_WIDTH, theme, chartDrawing().font);
  const n = (v: number): string => String(Math.round(v * 100) / 100);
  const shapes = g.shapes.map((s) =>
    s.k === 'rect'
      ? `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.color}"/>`
      : `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.color}">${escape(s.text)}</text>`,
  );
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(chart.alt)}" viewBox="0 0 ${n(g.width)} ${n(g.height)}" width="100%" font-family="Noto Sans, Arial, sans-serif">${shapes.join('')}</svg></figure>\n`;
}

export const html: Writer = async function* (document, theme) {
  const toc: { level: number; text: string; anchor: string }[] = [];
  const numbering = new Numbering();
  let body = document.blocks.map((b) => blockToHtml(b, theme, numbering, toc)).join('');
  // The contents are known only once every heading is numbered: fill them in afterwards.
  body = body.replace(/<nav class="toc" data-depth="(\d)">(.*?)<!--TOC--><\/nav>/s, (_m, depth: string, title: string) => {
    const entries = toc.filter((e) => e.level <= Number(depth)).map((e) => `<li class="l${e.level}"><a href="#${escape(e.anchor)}">${e.text}</a></li>`);
    return `<nav class="toc">${title}<ul>${entries.join('')}</ul></nav>`;
  });
  const page = `<!DOCTYPE html>
<html lang="${escape(document.meta.language)}">
<head>
<meta charset="utf-8">
<title>${escape(document.meta.title)}</title>
<meta name="author" content="${escape(document.meta.author ?? '')}">
<meta name="description" content="${escape(document.meta.subject ?? '')}">
<meta name="keywords" content="${escape((document.meta.keywords ?? []).join(', '))}">
<meta name="date" content="${document.meta.date.toISOString().slice(0, 10)}">
<style>${css(theme)}</style>
</head>
<body>
${body}</body>
</html>
`;
  yield* utf8Parts(page);
};

function css(theme: Theme): string {
  const m = theme.page.margins;
  const c = theme.colors;
  const s = theme.sizes;
  return `
@page { size: ${theme.page.size}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
@page landscape { size: ${theme.page.size} landscape; }
body { font-family: "${theme.fonts.body}", "Noto Sans", Arial, sans-serif; font-size: ${s.body}pt; color: ${c.text}; max-width: 180mm; margin: 2em auto; line-height: 1.4; }
h1, h2, h3, h4 { font-family: "${theme.fonts.heading}", "Noto Sans", Arial, sans-serif; color: ${c.heading}; break-after: avoid; }
h1 { font-size: ${s.h1}pt; } h2 { font-size: ${s.h2}pt; } h3 { font-size: ${s.h3}pt; } h4 { font-size: ${s.h4}pt; }
p.title { font-size: ${s.title}pt; color: ${c.heading}; font-weight: bold; margin-top: 30%; }
p.subtitle { font-size: ${s.subtitle}pt; color: ${c.accent}; }
p.note { font-size: ${s.small}pt; color: ${c.muted}; }
p.keep-with-next { break-after: avoid; }
p.center { text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: ${s.table}pt; margin: 0.6em 0; }
th, td { border: 0.5pt solid ${c.tableBorder}; padding: 3pt 4pt; vertical-align: top; }
th { background: ${c.tableHeader}; color: ${c.tableHeaderText}; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td p, th p { margin: 0; }
caption { text-align: left; font-weight: bold; color: ${c.heading}; padding-bottom: 2pt; }
section.landscape { page: landscape; break-before: page; break-after: page; }
.page-break { break-after: page; }
nav.toc ul { list-style: none; padding-left: 0; } nav.toc li.l2 { padding-left: 1.5em; } nav.toc li.l3 { padding-left: 3em; }
.toc-title { font-weight: bold; font-size: ${s.h1}pt; color: ${c.heading}; }
img { max-width: 100%; }
@media screen { section.landscape { max-width: none; } }
`;
}
