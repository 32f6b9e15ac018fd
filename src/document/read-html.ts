// Document HTML (the subset templates and Markdown produce) → Document blocks, with a problem for anything outside it.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { withoutLinks, type Block, type ChartBlock, type Inline, type TableCell, type TableRow } from './model.js';

export interface HtmlProblem {
  kind: 'element' | 'image';
  message: string;
  /** Offset in the HTML where the element starts. */
  offset: number;
}

/** An image the document refers to, found by the caller inside the allowed folders. */
export type ImageSource = (src: string) => { data: Uint8Array; format: 'png' | 'jpeg' } | string;

/** The block elements of the subset; `page-break` and `toc` are the subset's own. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'table', 'img', 'section', 'page-break', 'toc', 'chart']);
const INLINES = new Set(['strong', 'b', 'em', 'i', 'a', 'br', 'code', 'span']);
const PARAGRAPH_ROLES = ['title', 'subtitle', 'note', 'center'] as const;

export function readHtml(html: string, images: ImageSource): { blocks: Block[]; problems: HtmlProblem[] } {
  const problems: HtmlProblem[] = [];
  /**
   * Cells of plain text with the same content and look are one object: the coverage report's matrix repeats three
   * kinds of cell some 60,000 times at 1,000 municipalities. Writers never change a Document, and nothing keys on a
   * cell's identity.
   */
  const cells = new Map<string, TableCell>();
  const shared = (cell: TableCell): TableCell => {
    if (!cell.blocks.every((b) => b.type === 'paragraph' && withoutLinks(b.children))) return cell;
    const key = JSON.stringify(cell);
    const known = cells.get(key);
    if (known) return known;
    cells.set(key, cell);
    return cell;
  };
  const dom = parseDocument(html, { withStartIndices: true, recognizeSelfClosing: true, decodeEntities: true });

  const problem = (node: Element, message: string, kind: HtmlProblem['kind'] = 'element'): void => {
    problems.push({ kind, message, offset: node.startIndex ?? 0 });
  };
  const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
  const classes = (node: Element): string[] => (node.attribs.class ?? '').split(/\s+/).filter(Boolean);

  const inlines = (nodes: readonly ChildNode[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push({ type: 'text', text: node.data.replace(/\s+/g, ' ') });
      } else if (isElement(node)) {
        switch (node.name) {
          case 'strong':
          case 'b':
            out.push({ type: 'strong', children: inlines(node.children) });
            break;
          case 'em':
          case 'i':
            out.push({ type: 'em', children: inlines(node.children) });
            break;
          case 'a':
            out.push({ type: 'link', href: node.attribs.href ?? '', children: inlines(node.children) });
            break;
          case 'br':
            out.push({ type: 'break' });
            break;
          case 'code':
          case 'span':
            out.push(...inlines(node.children));
            break;
          default:
            problem(
              node,
              node.name === 'img'
                ? 'an image must stand in a paragraph of its own'
                : BLOCKS.has(node.name)
                  ? `<${node.name}> cannot stand inside a paragraph or heading`
                  : `<${node.name}> is not part of document HTML`,
            );
        }
      }
    }
    return trimInlines(out);
  };

  /** Block content; loose inline content between blocks becomes a paragraph. */
  const blocks = (nodes: readonly ChildNode[]): Block[] => {
    const out: Block[] = [];
    let loose: ChildNode[] = [];
    const flush = (): void => {
      const children = inlines(loose);
      if (children.length > 0) out.push({ type: 'paragraph', children });
      loose = [];
    };
    for (const node of nodes) {
      if (node.type === 'text' || (isElement(node) && INLINES.has(node.name))) {
        loose.push(node);
        continue;
      }
      if (!isElement(node)) continue;
      flush();
      const block = blockOf(node);
      if (block) out.push(block);
    }
    flush();
    return out;
  };

  const blockOf = (node: Element): Block | undefined => {
    const name = node.name;
    if (/^h[1-4]$/.test(name)) {
      const level = Number(name[1]) as 1 | 2 | 3 | 4;
      return { type: 'heading', level, children: inlines(node.children), numbered: !classes(node).includes('unnumbered'), ...(node.attribs.id ? { id: node.attribs.id } : {}) };
    }
    switch (name) {
      case 'p': {
        // Markdown puts an image in a paragraph of its own: that is a block image.
        const content = node.children.filter((c) => c.type !== 'text' || c.data.trim() !== '');
        const only = content[0];
        if (content.length === 1 && only && isElement(only) && only.name === 'img') return image(only);
        const role = PARAGRAPH_ROLES.find((r) => classes(node).includes(r));
        const keep = classes(node).includes('keep-with-next');
        return { type: 'paragraph', children: inlines(node.children), ...(role ? { role } : {}), ...(keep ? { keepWithNext: true } : {}) };
      }
      case 'ul':
      case 'ol':
        return { type: 'list', ordered: name === 'ol', items: listItems(node) };
      case 'table':
        return table(node);
      case 'img':
        return image(node);
      case 'section':
        return { type: 'section', orientation: classes(node).includes('landscape') ? 'landscape' : 'portrait', blocks: blocks(node.children) };
      case 'page-break':
        return { type: 'page-break' };
      case 'toc': {
        const depth = Number(node.attribs.depth ?? 3);
        return { type: 'toc', title: plain(inlines(node.children)), depth: depth === 1 || depth === 2 ? depth : 3 };
      }
      case 'chart':
        return chart(node);
      default:
        problem(node, `<${name}> is not part of document HTML`);
        return undefined;
    }
  };

  /** `<chart data="{…}">`: the chart's JSON (title, alt, categories, series, stacked, unit, max, markers, decimal). */
  const chart = (node: Element): Block | undefined => {
    try {
      const d = JSON.parse(node.attribs.data ?? '') as Partial<ChartBlock>;
      const series = Array.isArray(d.series) ? d.series : [];
      const categories = Array.isArray(d.categories) ? d.categories.map(String) : [];
      if (categories.length === 0 || series.some((s) => !Array.isArray(s.values) || s.values.length !== categories.length)) throw new Error('shape');
      return {
        type: 'chart',
        title: String(d.title ?? ''),
        alt: String(d.alt ?? d.title ?? ''),
        categories,
        series: series.map((s) => ({ name: String(s.name), color: /^#[0-9a-fA-F]{6}$/.test(String(s.color)) ? String(s.color) : '#2e75b6', values: s.values.map(Number) })),
        stacked: Boolean(d.stacked),
        ...(typeof d.unit === 'string' ? { unit: d.unit } : {}),
        ...(typeof d.max === 'number' ? { max: d.max } : {}),
        ...(Array.isArray(d.markers) ? { markers: d.markers.map((m) => (typeof m === 'number' ? m : null)) } : {}),
        ...(typeof d.decimal === 'string' && d.decimal.length === 1 ? { decimal: d.decimal } : {}),
      };
    } catch {
      problem(node, '<chart> needs data="…" with categories and series of as many values');
      return undefined;
    }
  };

  const listItems = (node: Element): Block[][] =>
    node.children.filter(isElement).flatMap((child) => {
      if (child.name !== 'li') {
        problem(child, `<${child.name}> inside a list: use <li>`);
        return [];
      }
      return [blocks(child.children)];
    });

  const table = (node: Element): Block => {
    const head: TableRow[] = [];
    const body: TableRow[] = [];
    let columns: number[] = [];
    let caption: string | undefined;
    const rows = (parent: Element, into: TableRow[]): void => {
      for (const child of parent.children.filter(isElement)) {
        if (child.name === 'tr') into.push(row(child));
        else problem(child, `<${child.name}> inside a table section: use <tr>`);
      }
    };
    for (const child of node.children.filter(isElement)) {
      if (child.name === 'thead') rows(child, head);
      else if (child.name === 'tbody') rows(child, body);
      else if (child.name === 'tr') body.push(row(child));
      else if (child.name === 'caption') caption = plain(inlines(child.children));
      else if (child.name === 'colgroup') columns = child.children.filter(isElement).map((col) => Number(col.attribs.width) || 1);
      else problem(child, `<${child.name}> inside a table`);
    }
    if (columns.length === 0) {
      const width = Math.max(1, ...[...head, ...body].map((r) => r.cells.reduce((n, c) => n + (c.colspan ?? 1), 0)));
      columns = new Array<number>(width).fill(1);
    }
    return { type: 'table', columns, head, body, ...(caption ? { caption } : {}) };
  };

  const row = (node: Element): TableRow => ({
    cells: node.children.filter(isElement).flatMap((cell): TableCell[] => {
      if (cell.name !== 'td' && cell.name !== 'th') {
        problem(cell, `<${cell.name}> inside a table row: use <td> or <th>`);
        return [];
      }
      const colspan = Number(cell.attribs.colspan ?? 1);
      const rowspan = Number(cell.attribs.rowspan ?? 1);
      const align = cell.attribs.align;
      const fill = cell.attribs['data-fill'];
      return [
        shared({
          blocks: blocks(cell.children),
          ...(colspan > 1 ? { colspan } : {}),
          ...(rowspan > 1 ? { rowspan } : {}),
          ...(align === 'left' || align === 'center' || align === 'right' ? { align } : {}),
          ...(fill && /^#[0-9a-fA-F]{6}$/.test(fill) ? { fill } : {}),
        }),
      ];
    }),
  });

  const image = (node: Element): Block | undefined => {
    const src = node.attribs.src ?? '';
    const found = images(src);
    if (typeof found === 'string') {
      problem(node, found, 'image');
      return undefined;
    }
    const width = Number(node.attribs.width);
    return { type: 'image', src, data: found.data, format: found.format, alt: node.attribs.alt ?? '', ...(width > 0 ? { width } : {}) };
  };

  return { blocks: blocks(dom.children), problems };
}

function plain(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : 'children' in i ? plain(i.children) : ' ')).join('').trim();
}

/** Whitespace from the template's line breaks is not content: trim the ends, drop empty text. */
function trimInlines(inlines: Inline[]): Inline[] {
  const out = inlines.filter((i) => i.type !== 'text' || i.text !== '');
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text.trimEnd() };
  return out.filter((i) => i.type !== 'text' || i.text !== '');
}
