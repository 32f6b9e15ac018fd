// Blocks → Word paragraphs, lists, tables, images, charts (as images, ./chart.ts) and the table of contents.
import { AlignmentType, Bookmark, HeadingLevel, ImageRun, LineRuleType, Paragraph, TableOfContents, type ParagraphChild } from 'docx';
import type { Block, ChartBlock } from '../../document/model.js';
import { chartImage } from './chart.js';
import { takePageBreak, type BodyChild, type Ctx } from './context.js';
import { halfPoints, pageGeometry, textWidth } from './geometry.js';
import { runs, bookmarkName } from './inlines.js';
import { PreparedParagraph } from './prepared.js';
import { BULLET_LIST, MAX_LIST_LEVEL, ORDERED_LIST, listIndent } from './numbering.js';
import { STYLE } from './styles.js';
import { table } from './tables.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const ROLE_STYLE = { title: STYLE.title, subtitle: STYLE.subtitle, note: STYLE.note, center: STYLE.center } as const;

/** The style and alignment of a plain paragraph where it stands. */
function placeOf(ctx: Ctx) {
  return { style: ctx.inTable ? STYLE.tableText : undefined, alignment: ctx.align ? ALIGN[ctx.align] : undefined };
}

/** `next` is the block after the last of `blocks`, when they are converted a few at a time. */
export const convertBlocks = (blocks: readonly Block[], ctx: Ctx, next?: Block): BodyChild[] => {
  const out: BodyChild[] = [];
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph': {
        const place = placeOf(ctx);
        const format = {
          style: block.role ? ROLE_STYLE[block.role] : place.style,
          alignment: place.alignment,
          pageBreakBefore: takePageBreak(ctx),
          keepNext: block.keepWithNext || ctx.keepNext || undefined,
        };
        const children = runs(block.children, ctx);
        out.push(ctx.inTable ? new PreparedParagraph(format, children).asChild : new Paragraph({ ...format, children }));
        break;
      }
      case 'heading': {
        const text = runs(block.children, ctx);
        out.push(
          new Paragraph({
            heading: HEADINGS[block.level - 1],
            // Heading 1–4 carry the heading numbers; an unnumbered heading switches them off (w:numId 0).
            numbering: block.numbered ? undefined : false,
            pageBreakBefore: takePageBreak(ctx),
            children: block.id ? [new Bookmark({ id: bookmarkName(block.id), children: text })] : text,
          }),
        );
        break;
      }
      case 'list':
        out.push(...list(block, 0, ctx));
        break;
      case 'table':
        if (ctx.pageBreak.pending && !block.caption && !ctx.inTable) out.push(new Paragraph({ pageBreakBefore: takePageBreak(ctx), spacing: { after: 0 } }));
        out.push(...table(block, ctx, convertBlocks));
        // Word joins tables that touch, and a table cell must end with a paragraph.
        if ((index + 1 < blocks.length ? blocks[index + 1] : next)?.type === 'table' || (ctx.inTable && index === blocks.length - 1)) {
          const format = { style: placeOf(ctx).style };
          out.push(ctx.inTable ? new PreparedParagraph(format).asChild : new Paragraph(format));
        }
        break;
      case 'image':
        out.push(image(block, ctx));
        break;
      case 'chart':
        out.push(chart(block, ctx));
        break;
      case 'section':
        // A section inside a section (or a table cell) has no page of its own to set: its blocks flow on.
        out.push(...convertBlocks(block.blocks, ctx));
        break;
      case 'page-break':
        if (!ctx.inTable) ctx.pageBreak.pending = true;
        break;
      case 'toc':
        out.push(
          new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: takePageBreak(ctx), children: runs([{ type: 'text', text: block.title }], ctx) }),
          new TableOfContents(block.title, { hyperlink: true, headingStyleRange: `1-${block.depth}` }),
        );
        break;
    }
  });
  return out;
};

/** A list's items: the first paragraph of an item carries the number or bullet, the blocks after it are indented. */
function list(block: Extract<Block, { type: 'list' }>, depth: number, ctx: Ctx): BodyChild[] {
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const numbering = { reference: block.ordered ? ORDERED_LIST : BULLET_LIST, level, instance: ++ctx.counters.list };
  const out: BodyChild[] = [];
  // In a table cell the list text (and its numbers, which take the paragraph mark's size) is in the table size.
  const format = ctx.inTable ? { size: halfPoints(ctx.theme.sizes.table) } : {};
  const size = ctx.inTable ? { run: format } : {};
  for (const item of block.items) {
    let numbered = false;
    for (const child of item) {
      if (child.type === 'list') {
        if (!numbered) out.push(new Paragraph({ numbering, pageBreakBefore: takePageBreak(ctx), ...size }));
        numbered = true;
        out.push(...list(child, depth + 1, ctx));
      } else if (child.type === 'paragraph' && !numbered) {
        numbered = true;
        out.push(new Paragraph({ numbering, pageBreakBefore: takePageBreak(ctx), ...size, children: runs(child.children, ctx, format) }));
      } else if (child.type === 'paragraph') {
        out.push(new Paragraph({ style: 'ListParagraph', indent: { left: listIndent(level) }, ...size, children: runs(child.children, ctx, format) }));
      } else {
        if (!numbered) out.push(new Paragraph({ numbering, pageBreakBefore: takePageBreak(ctx), ...size }));
        numbered = true;
        out.push(...convertBlocks([child], ctx));
      }
    }
    if (!numbered) out.push(new Paragraph({ numbering, ...size }));
  }
  return out;
}

/** Pixels (1/96 in), as docx sizes images, per point. */
const PX_PER_PT = 96 / 72;
const PT_PER_TWIP = 1 / 20;

function image(block: Extract<Block, { type: 'image' }>, ctx: Ctx): Paragraph {
  const natural = imageSize(block.data, block.format) ?? { width: 300, height: 200 };
  // An image without a width is shown at 96 dpi; either way no wider than the text.
  const maxPt = ctx.width * PT_PER_TWIP;
  const widthPt = Math.min(block.width ?? natural.width / PX_PER_PT, maxPt);
  const width = Math.max(1, Math.round(widthPt * PX_PER_PT));
  const height = Math.max(1, Math.round((width * natural.height) / natural.width));
  const id = ++ctx.counters.image;
  const run: ParagraphChild = new ImageRun({
    type: block.format === 'jpeg' ? 'jpg' : 'png',
    data: block.data,
    transformation: { width, height },
    altText: { id: String(id), name: `Image ${id}`, title: block.alt, description: block.alt },
  });
  const place = placeOf(ctx);
  return new Paragraph({ style: place.style, alignment: place.alignment, pageBreakBefore: takePageBreak(ctx), children: [run] });
}

/**
 * A chart as a PNG as wide as the text (or the cell), its title in the image and described by the alt text; no taller
 * than the page's text, less the paragraph's spacing. Single line spacing, so the line is no taller than the image.
 */
function chart(block: ChartBlock, ctx: Ctx): Paragraph {
  const page = pageGeometry(ctx.theme);
  // Wider than portrait text: a landscape section. A cell may be in either: the shorter page height is safe.
  const paper = ctx.inTable || ctx.width > textWidth(page, 'portrait') ? Math.min(page.width, page.height) : page.height;
  const textHeight = (paper - page.margin.top - page.margin.bottom) * PT_PER_TWIP;
  const room = ctx.inTable ? textHeight * 0.9 : textHeight - 24;
  const { png, width, height } = chartImage(block, ctx.theme, ctx.width * PT_PER_TWIP, room);
  const id = ++ctx.counters.image;
  const run = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height },
    altText: { id: String(id), name: `Chart ${id}`, title: block.title, description: block.alt },
  });
  const place = placeOf(ctx);
  return new Paragraph({
    style: place.style,
    pageBreakBefore: takePageBreak(ctx),
    spacing: ctx.inTable ? undefined : { before: 120, after: 200, line: 240, lineRule: LineRuleType.AUTO },
    children: [run],
  });
}

/** The pixel size of a PNG (IHDR) or JPEG (first SOFn marker), or undefined when the data is not one. */
export function imageSize(data: Uint8Array, format: 'png' | 'jpeg'): { width: number; height: number } | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (format === 'png') {
    if (data.length < 24 || view.getUint32(12) !== 0x49484452) return undefined;
    return positive(view.getUint32(16), view.getUint32(20));
  }
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    const length = view.getUint16(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return undefined;
}

const positive = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
