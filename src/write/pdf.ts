// The PDF writer: lays the Document out itself (./pdf/layout.ts, ./pdf/table.ts), paginates it (./pdf/flow.ts)
// and paints the pages with pdfkit (./pdf/paint.ts), embedding Noto Sans (./pdf/fonts.ts).
//
// Layout happens once, before any page is drawn: every heading's page is then known, so the contents and the
// footer's "{pages}" are filled in on the single painting pass. The output depends on the Document and the theme
// only: the dates come from `meta.date`, and pdfkit's file ID is derived from the document info.
import type { Block, Document } from '../document/model.js';
import { plainText } from '../document/model.js';
import type { Theme } from '../document/theme.js';
import { loadFaces } from './pdf/fonts.js';
import { paginate, type LaidPage, type PageFrame } from './pdf/flow.js';
import { layoutBlocks, type Ctx, type HeadingInfo, type Orientation } from './pdf/layout.js';
import { paint } from './pdf/paint.js';
import type { InlineEnv } from './pdf/text.js';
import { node, type Slice } from './pdf/types.js';
import type { Writer } from './writer.js';

export const pdf: Writer = async (document, theme) => renderPdf(document, theme);

export async function renderPdf(document: Document, theme: Theme): Promise<Uint8Array> {
  const faces = loadFaces();
  const frames = pageFrames(theme);
  const { headings, toc, anchors } = collectHeadings(document.blocks);
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
  const root = node('Document', null);
  const items = layoutBlocks(
    document.blocks,
    { width: frames.portrait.textWidth, parent: root, orientation: 'portrait', flow: true, size: theme.sizes.body, color: theme.colors.text, bold: false, leading: 1.3, tight: false, listLevel: 0 },
    ctx,
  );
  const pages = paginate(items, frames);
  return paint({ pages, meta: document.meta, theme, faces, root, destPages: destinationPages(pages) });
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

/** The page index of every named destination, from the laid-out pages. */
function destinationPages(pages: readonly LaidPage[]): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (slice: Slice, index: number) => {
    for (const op of slice.ops) if (op.k === 'dest' && !found.has(op.name)) found.set(op.name, index);
    if (slice.kids) for (const kid of slice.kids) walk(kid.slice, index);
  };
  pages.forEach((page, index) => {
    for (const placed of page.placed) walk(placed.slice, index);
  });
  return found;
}
