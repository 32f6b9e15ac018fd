// The PDF writer: lays the Document out itself (./pdf/layout.ts, ./pdf/table.ts), paginates it (./pdf/flow.ts)
// and paints the pages with pdfkit (./pdf/paint.ts), embedding Noto Sans (./pdf/fonts.ts).
//
// Layout happens before any page is drawn: every heading's page is then known, so the contents and the footer's
// "{pages}" are filled in on the single painting pass. A document is laid out once and kept whole until painted;
// a long one (a coverage report of hundreds of municipalities) is laid out twice instead, the first time only to
// learn those pages, the second page by page as it is painted, so that its layout is never whole in memory. Both
// give the same bytes. The output depends on the Document and the theme only: the dates come from `meta.date`, and
// pdfkit's file ID is derived from the document info.
import type { Block, Document } from '../document/model.js';
import { cellCount, LONG_DOCUMENT_CELLS, plainText } from '../document/model.js';
import type { Theme } from '../document/theme.js';
import { beginLongDocument } from '../heap.js';
import { loadFaces } from './pdf/fonts.js';
import { paginate, Paginator, type PageFrame } from './pdf/flow.js';
import { layoutFlow, type Ctx, type HeadingInfo, type Orientation } from './pdf/layout.js';
import { Numbering, PageFacts, startPaint } from './pdf/paint.js';
import type { InlineEnv } from './pdf/text.js';
import { node, type FlowItem, type StructNode } from './pdf/types.js';
import type { Writer } from './writer.js';

export const pdf: Writer = (document, theme) => renderPdf(document, theme);

/** Long documents are laid out twice (see above): about 2,000 cells take 10 MB of layout. */
export const LAID_OUT_TWICE = LONG_DOCUMENT_CELLS;

/**
 * `twiceFrom`: the number of table cells from which the document is laid out twice; the bytes are the same. A long
 * document's parts are handed over as its pages are painted.
 */
export async function* renderPdf(document: Document, theme: Theme, twiceFrom = LAID_OUT_TWICE): AsyncGenerator<Uint8Array> {
  const faces = loadFaces();
  const frames = pageFrames(theme);
  const { anchors } = collectHeadings(document.blocks);
  const env: InlineEnv = {
    faces,
    linkColor: theme.colors.accent,
    resolveHref(href) {
      if (href.startsWith('#')) {
        const dest = anchors.get(href.slice(1));
        return dest === undefined ? null : `#${dest}`;
      }
      return LINK_SCHEME.test(href) ? href : null;
    },
  };
  /** The page flow laid out afresh, a part at a time. */
  const layout = (root: StructNode): Iterable<FlowItem[]> => {
    const { headings, toc } = collectHeadings(document.blocks);
    const ctx: Ctx = {
      theme,
      faces,
      env,
      headings,
      toc,
      textWidth: { portrait: frames.portrait.textWidth, landscape: frames.landscape.textWidth },
      textHeight: { portrait: frames.portrait.textHeight, landscape: frames.landscape.textHeight },
      serial: { toc: 0 },
    };
    const box = { width: frames.portrait.textWidth, parent: root, orientation: 'portrait', flow: true, size: theme.sizes.body, color: theme.colors.text, bold: false, leading: 1.3, tight: false, listLevel: 0 } as const;
    return layoutFlow(document.blocks, box, ctx);
  };
  const facts = new PageFacts();
  const paintInput = (root: StructNode, nodes: (StructNode | undefined)[]) => ({ meta: document.meta, theme, faces, root, facts, nodes });

  if (cellCount(document.blocks) < twiceFrom) {
    const root = node('Document', null);
    const nodes: StructNode[] = [];
    const numbering = new Numbering(nodes);
    const items: FlowItem[] = [];
    for (const part of layout(root)) for (const item of part) items.push(item);
    const pages = paginate(items, frames);
    pages.forEach((page, index) => facts.see(page, index, numbering));
    const canvas = startPaint(paintInput(root, nodes));
    pages.forEach((page, index) => canvas.page(page, index));
    yield* await canvas.end();
    return;
  }
  const ended = beginLongDocument();
  try {
    // The first layout's nodes are numbered as the second's will be, and not kept.
    const numbered = new Numbering();
    const first = new Paginator(frames, (page, index) => facts.see(page, index, numbered));
    for (const part of layout(node('Document', null))) first.add(part);
    first.finish();
    const root = node('Document', null);
    const nodes: (StructNode | undefined)[] = [];
    const numbering = new Numbering(nodes);
    const canvas = startPaint(paintInput(root, nodes));
    const second = new Paginator(frames, (page, index) => {
      numbering.page(page);
      canvas.page(page, index);
    });
    for (const part of layout(root)) {
      second.add(part);
      yield* canvas.written();
    }
    second.finish();
    yield* await canvas.end();
  } finally {
    ended();
  }
}

/** External links the PDF makes clickable; anything else (relative paths, scripts) stays plain text. */
const LINK_SCHEME = /^(https?:|mailto:|tel:|ftp:)/i;

const PAGE_SIZES: Record<Theme['page']['size'], [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
const mm = (v: number) => (v * 72) / 25.4;

function pageFrames(theme: Theme): Record<Orientation, PageFrame> {
  const [w, h] = PAGE_SIZES[theme.page.size] ?? PAGE_SIZES.A4;
  const m = theme.page.margins;
  const frame = (width: number, height: number): PageFrame => ({
    width,
    height,
    left: mm(m.left),
    top: mm(m.top),
    textWidth: Math.max(72, width - mm(m.left) - mm(m.right)),
    textHeight: Math.max(72, height - mm(m.top) - mm(m.bottom)),
  });
  return { portrait: frame(w, h), landscape: frame(h, w) };
}

/**
 * Numbers the headings of the page flow (top level and sections) as "1.", "1.2." …, names their destinations and
 * lists them for the contents; headings inside lists or tables are neither numbered nor listed.
 */
function collectHeadings(blocks: readonly Block[]) {
  const headings = new Map<Block, HeadingInfo[]>();
  const toc: HeadingInfo[] = [];
  const anchors = new Map<string, string>();
  const counters = [0, 0, 0, 0];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'section') visit(block.blocks);
      if (block.type !== 'heading') continue;
      let number = '';
      if (block.numbered) {
        counters[block.level - 1]!++;
        counters.fill(0, block.level);
        number = `${counters.slice(0, block.level).join('.')}.`;
      }
      const info: HeadingInfo = { level: block.level, number, title: plainText(block.children).replace(/\s+/g, ' ').trim(), dest: `h${toc.length + 1}` };
      if (block.id && !anchors.has(block.id)) anchors.set(block.id, info.dest);
      const same = headings.get(block);
      if (same) same.push(info);
      else headings.set(block, [info]);
      toc.push(info);
    }
  };
  visit(blocks);
  return { headings, toc, anchors };
}
