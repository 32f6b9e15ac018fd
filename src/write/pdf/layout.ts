// Blocks → flow items: paragraphs, headings, lists, images, the contents, sections and page breaks. Tables are laid
// out in ./table.ts, charts in ./chart.ts. Each block becomes slices of drawing operations; spacing between blocks
// becomes glue.
import type { Block, Inline } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';
import { relieveHeap } from '../../heap.js';
import { layoutChart } from './chart.js';
import type { Faces } from './fonts.js';
import { imageSize } from './images.js';
import { layoutTable } from './table.js';
import { baselineIn, styleOf, textLines, type InlineEnv, type TextStyle } from './text.js';
import { isBreak, node, type FlowItem, type Op, type Slice, type StructNode } from './types.js';

export type Orientation = 'portrait' | 'landscape';

export interface HeadingInfo {
  level: 1 | 2 | 3 | 4;
  /** "1.2." for a numbered heading, "" otherwise. */
  number: string;
  title: string;
  /** The named destination of the heading. */
  dest: string;
}

export interface Ctx {
  theme: Theme;
  faces: Faces;
  env: InlineEnv;
  /** The page-flow headings, by block (a list in case one block object appears twice), taken in document order. */
  headings: Map<Block, HeadingInfo[]>;
  /** Every page-flow heading, for the contents. */
  toc: HeadingInfo[];
  textWidth: Record<Orientation, number>;
  textHeight: Record<Orientation, number>;
  /** Counters for names made up during layout. */
  serial: { toc: number };
}

export interface Box {
  width: number;
  parent: StructNode;
  orientation: Orientation;
  /** The page flow itself, not a list item or a table cell: sections and page breaks apply here only. */
  flow: boolean;
  size: number;
  color: string;
  bold: boolean;
  align?: 'left' | 'center' | 'right';
  /** Line height as a multiple of the size. */
  leading: number;
  /** List items and cells: little space between paragraphs. */
  tight: boolean;
  listLevel: number;
}

/** Stacks the items of consecutive blocks, collapsing the space after one block and before the next into glue. */
export class Stack {
  items: FlowItem[] = [];
  /** The space owed after the last block; -1 at the start of a box or page. */
  private after = -1;
  private last: FlowItem | undefined;
  push(items: readonly FlowItem[], before: number, after: number): void {
    if (items.length === 0) return;
    const last = this.last;
    if (this.after >= 0) {
      const gap = Math.max(this.after, before);
      if (gap > 0) this.items.push({ h: gap, ops: [], glue: true, keep: last !== undefined && !isBreak(last) && last.keep === true });
    }
    for (const item of items) this.items.push(item);
    this.last = items[items.length - 1]!;
    this.after = isBreak(this.last) ? -1 : after;
  }

  /** Owes `after` after what was stacked last, as if it had been pushed with it (a section's blocks, as one). */
  owe(after: number): void {
    if (this.last && !isBreak(this.last)) this.after = after;
  }

  /** The items stacked since the last call: the page flow is handed on as it is laid out. */
  take(): FlowItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }
}

/** Lays out a list of blocks in a box. */
export function layoutBlocks(blocks: readonly Block[], box: Box, ctx: Ctx): FlowItem[] {
  const items: FlowItem[] = [];
  for (const part of layoutFlow(blocks, box, ctx)) for (const item of part) items.push(item);
  return items;
}

/**
 * The items of `layoutBlocks` a block at a time, the blocks of a section in the page flow one by one: a long
 * document's flow is never laid out whole.
 */
export function* layoutFlow(blocks: readonly Block[], box: Box, ctx: Ctx, stack = new Stack()): Generator<FlowItem[]> {
  for (const block of blocks) {
    if (block.type === 'section' && box.flow) {
      const inner: Box = { ...box, orientation: block.orientation, width: ctx.textWidth[block.orientation] };
      // The section's items stack as one: no space before its first block, none owed after its last.
      stack.push([{ brk: block.orientation }], 0, 0);
      yield* layoutFlow(block.blocks, inner, ctx, stack);
      stack.owe(0);
      if (block.orientation !== box.orientation) stack.push([{ brk: box.orientation }], 0, 0);
    } else {
      layoutBlock(block, box, ctx, stack);
    }
    yield stack.take();
  }
}

/** Lays out one block onto the stack. */
function layoutBlock(block: Block, box: Box, ctx: Ctx, stack: Stack): void {
  const { sizes } = ctx.theme;
  const paragraphAfter = box.tight ? box.size * 0.25 : box.size * 0.6;
  switch (block.type) {
    case 'paragraph': {
      // A paragraph kept with the next block (a line introducing a table) chains all its lines to it.
      const kept = (lines: Slice[]): Slice[] => {
        if (block.keepWithNext) for (const line of lines) line.keep = true;
        return lines;
      };
      if (block.role === 'title') {
        const cover = box.flow ? [{ h: ctx.textHeight[box.orientation] * 0.2, ops: [] }] : [];
        const lines = kept(paragraph(block.children, box, ctx, { size: sizes.title, bold: true, color: ctx.theme.colors.heading, align: 'center', leading: 1.15, type: 'P' }));
        const rule: Slice = { h: 18, ops: [{ k: 'line', x1: box.width / 2 - 36, y1: 12, x2: box.width / 2 + 36, y2: 12, color: ctx.theme.colors.accent, width: 1.5, tag: 'layout' }] };
        stack.push([...cover, ...lines, rule], 0, 12);
      } else if (block.role === 'subtitle') {
        stack.push(kept(paragraph(block.children, box, ctx, { size: sizes.subtitle, color: ctx.theme.colors.heading, align: 'center', leading: 1.25, type: 'P' })), 6, 14);
      } else if (block.role === 'center') {
        stack.push(kept(paragraph(block.children, box, ctx, { align: 'center', type: 'P' })), 0, paragraphAfter);
      } else if (block.role === 'note') {
        stack.push(kept(paragraph(block.children, box, ctx, { size: Math.min(box.size, sizes.small), color: ctx.theme.colors.muted, type: 'P' })), 0, paragraphAfter);
      } else stack.push(kept(paragraph(block.children, box, ctx, { type: 'P' })), 0, paragraphAfter);
      break;
    }
    case 'heading': {
      const spacing = HEADING_SPACING[block.level - 1]!;
      stack.push(heading(block, box, ctx), box.flow ? spacing[0] : spacing[0] / 2, spacing[1]);
      break;
    }
    case 'list':
      stack.push(list(block, box, ctx), box.tight ? box.size * 0.2 : box.size * 0.2, box.tight ? box.size * 0.25 : box.size * 0.6);
      break;
    case 'table':
      stack.push(layoutTable(block, box, ctx, layoutBlocks), box.tight ? 3 : 6, box.tight ? 3 : 12);
      relieveHeap();
      break;
    case 'image':
      stack.push(image(block, box, ctx), 6, 8);
      break;
    case 'chart':
      stack.push(layoutChart(block, box, ctx), box.tight ? 4 : 8, box.tight ? 4 : 12);
      break;
    case 'toc':
      stack.push(toc(block, box, ctx), 0, 12);
      break;
    case 'section':
      // In the page flow, `layoutFlow` lays a section out; elsewhere its blocks are laid out in place.
      stack.push(layoutBlocks(block.blocks, box, ctx), 0, 0);
      break;
    case 'page-break':
      if (box.flow) stack.push([{ brk: box.orientation }], 0, 0);
      break;
  }
}

/** Space before and after headings of levels 1–4, in points. */
const HEADING_SPACING: readonly [number, number][] = [
  [20, 8],
  [14, 6],
  [12, 4],
  [10, 3],
];

interface ParagraphStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  leading?: number;
  type: string;
}

/** A paragraph's lines, one slice each; the first two and the last two lines keep together (no orphans or widows). */
function paragraph(children: readonly Inline[], box: Box, ctx: Ctx, p: ParagraphStyle): Slice[] {
  const tag = node(p.type, box.parent);
  const size = p.size ?? box.size;
  const base: TextStyle = styleOf({ bold: p.bold ?? box.bold, italic: false, size, color: p.color ?? box.color, tag });
  return textLines(children, base, box.width, size * (p.leading ?? box.leading), p.align ?? box.align ?? 'left', 0, ctx.env);
}

function heading(block: Extract<Block, { type: 'heading' }>, box: Box, ctx: Ctx): Slice[] {
  const { theme, faces } = ctx;
  const info = ctx.headings.get(block)?.shift();
  const size = Math.min([theme.sizes.h1, theme.sizes.h2, theme.sizes.h3, theme.sizes.h4][block.level - 1]!, box.flow ? Infinity : box.size * 1.2);
  const tag = node(`H${block.level}`, box.parent);
  const base = styleOf({ bold: true, italic: false, size, color: theme.colors.heading, tag });
  const number = info && block.numbered ? info.number : '';
  const indent = number ? faces.bold.width(number, size) + size * 0.6 : 0;
  const lineHeight = size * 1.2;
  const slices = textLines(block.children, base, box.width, lineHeight, 'left', indent, ctx.env);
  if (slices.length === 0) slices.push({ h: lineHeight, ops: [], baseline: baselineIn(lineHeight, size, faces.regular.ascent, faces.regular.descent) });
  const first = slices[0]!;
  if (number) first.ops.unshift({ k: 'text', x: 0, y: first.baseline!, text: `${number} `, font: 'bold', size, color: theme.colors.heading, tag });
  if (info) {
    first.ops.unshift({ k: 'dest', name: info.dest, y: 0 }, { k: 'outline', title: number ? `${number} ${info.title}` : info.title, level: block.level, dest: info.dest });
  }
  if (block.level === 1 && box.flow) {
    const last = slices[slices.length - 1]!;
    last.ops.push({ k: 'line', x1: 0, y1: last.h + 3, x2: box.width, y2: last.h + 3, color: theme.colors.accent, width: 0.75, tag: 'layout' });
    last.h += 4;
  }
  for (const s of slices) s.keep = true;
  return slices;
}

const BULLETS = ['disc', 'circle', 'square'] as const;
/** What the bullet shapes stand for, as the label's ActualText. */
const BULLET_TEXT = ['•', '◦', '▪'] as const;

function list(block: Extract<Block, { type: 'list' }>, box: Box, ctx: Ctx): FlowItem[] {
  const { faces } = ctx;
  const L = node('L', box.parent);
  const size = box.size;
  const markerFont = box.bold ? 'bold' : 'regular';
  const markerW = block.ordered ? Math.max(size * 1.6, faces[markerFont].width(`${block.items.length}.`, size) + size * 0.6) : size * 1.5;
  const stack = new Stack();
  block.items.forEach((blocks, i) => {
    const LI = node('LI', L);
    const Lbl = node('Lbl', LI);
    const LBody = node('LBody', LI);
    const itemBox: Box = { ...box, width: box.width - markerW, parent: LBody, flow: false, tight: true, listLevel: box.listLevel + 1 };
    const items = layoutBlocks(blocks, itemBox, ctx).filter((item): item is Slice => !isBreak(item));
    for (const s of items) s.x = (s.x ?? 0) + markerW;
    let first = items.find((s) => !s.glue);
    if (!first) {
      first = { h: size * box.leading, ops: [], x: markerW };
      items.push(first);
    }
    const baseline = first.baseline ?? baselineIn(size * box.leading, size, faces.regular.ascent, faces.regular.descent);
    const x = -(first.x ?? 0);
    const marker: Op = block.ordered
      ? { k: 'text', x, y: baseline, text: `${i + 1}.`, font: markerFont, size, color: box.color, tag: Lbl }
      : { k: 'bullet', x: x + size * 0.35, y: baseline - size * 0.3, shape: BULLETS[box.listLevel % BULLETS.length]!, size: size * 0.34, color: box.color, tag: Lbl };
    if (!block.ordered) Lbl.actual = BULLET_TEXT[box.listLevel % BULLETS.length];
    first.ops.unshift(marker);
    stack.push(items, size * 0.2, 0);
  });
  return stack.items;
}

function image(block: Extract<Block, { type: 'image' }>, box: Box, ctx: Ctx): FlowItem[] {
  const px = imageSize(block.data, block.format);
  if (!px) {
    // Not a readable PNG or JPEG: its description stands in for it.
    return paragraph([{ type: 'em', children: [{ type: 'text', text: `[${block.alt}]` }] }], box, ctx, { color: ctx.theme.colors.muted, type: 'P' });
  }
  let w = Math.min(block.width ?? px.w, box.width);
  let h = (w * px.h) / px.w;
  const maxH = box.flow ? ctx.textHeight[box.orientation] * 0.9 : ctx.textHeight[box.orientation] * 0.5;
  if (h > maxH) {
    w = (w * maxH) / h;
    h = maxH;
  }
  const align = box.align ?? (box.flow ? 'center' : 'left');
  const x = align === 'center' ? (box.width - w) / 2 : align === 'right' ? box.width - w : 0;
  const tag = node('Figure', box.parent, { alt: block.alt });
  return [{ h, ops: [{ k: 'image', x, y: 0, w, h, data: block.data, tag }] }];
}

/** The contents: the title, then one entry per heading up to `depth` with a dotted leader and its page number. */
function toc(block: Extract<Block, { type: 'toc' }>, box: Box, ctx: Ctx): FlowItem[] {
  const { theme, faces } = ctx;
  const TOC = node('TOC', box.parent);
  const titleTag = node('H1', box.parent);
  const title = textLines([{ type: 'text', text: block.title }], styleOf({ bold: true, italic: false, size: theme.sizes.h1, color: theme.colors.heading, tag: titleTag }), box.width, theme.sizes.h1 * 1.2, 'left', 0, ctx.env);
  const dest = `contents${++ctx.serial.toc}`;
  if (title[0]) title[0].ops.unshift({ k: 'dest', name: dest, y: 0 }, { k: 'outline', title: block.title, level: 1, dest });
  for (const s of title) s.keep = true;
  const stack = new Stack();
  stack.push(title, 0, 10);
  const size = theme.sizes.body;
  const lineHeight = size * 1.35;
  const entries = ctx.toc.filter((e) => e.level <= block.depth);
  // The width of the number column per level: the widest number at that level.
  const numberW = [0, 0, 0, 0, 0];
  for (const e of entries) if (e.number) numberW[e.level] = Math.max(numberW[e.level]!, faces[e.level === 1 ? 'bold' : 'regular'].width(e.number, size) + size * 0.6);
  const pageW = faces.regular.width('0000', size);
  for (const e of entries) {
    const TOCI = node('TOCI', TOC);
    const link = node('Link', TOCI);
    const bold = e.level === 1;
    const font = bold ? 'bold' : 'regular';
    const indent = (e.level - 1) * size * 1.4;
    const textX = indent + numberW[e.level]!;
    const base = styleOf({ bold, italic: false, size, color: theme.colors.text, tag: link });
    const lines = textLines([{ type: 'text', text: e.title }], base, box.width - pageW - size, lineHeight, 'left', textX, ctx.env);
    if (lines.length === 0) lines.push({ h: lineHeight, ops: [], baseline: baselineIn(lineHeight, size, faces.regular.ascent, faces.regular.descent) });
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    if (e.number) first.ops.unshift({ k: 'text', x: indent, y: first.baseline!, text: `${e.number} `, font, size, color: theme.colors.text, tag: link });
    const lastText = last.ops.filter((op) => op.k === 'text');
    const end = lastText.reduce((m, op) => (op.k === 'text' ? Math.max(m, op.x + faces[op.font].width(op.text, op.size)) : m), textX);
    last.ops.push({ k: 'pageref', x: box.width, y: last.baseline!, from: end + size * 0.4, dest: e.dest, font, size, color: theme.colors.text, tag: link });
    for (const line of lines) line.ops.push({ k: 'link', x: indent, y: 0, w: box.width - indent, h: lineHeight, href: `#${e.dest}`, label: e.number ? `${e.number} ${e.title}` : e.title, tag: link });
    if (lines.length > 1) for (const line of lines.slice(0, -1)) line.keep = true;
    stack.push(lines, bold ? size * 0.5 : 0, 0);
  }
  return stack.items;
}
