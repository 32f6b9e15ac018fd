// The neutral Document every writer consumes: plain objects with a `type` field, serialisable for snapshots.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export interface TableCell {
  blocks: Block[];
  /** Columns this cell spans; default 1. */
  colspan?: number;
  /** Rows this cell spans; default 1. */
  rowspan?: number;
  align?: 'left' | 'center' | 'right';
  /** A background colour, `#rrggbb` (heat tables). */
  fill?: string;
}

export interface TableRow {
  cells: TableCell[];
}

export type Block =
  /** Levels 1–4; `numbered` headings get "1.", "1.2." … in both writers; `id` is a target for links and the contents. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; children: Inline[]; numbered: boolean; id?: string }
  /**
   * `role` picks a paragraph style: the cover's title and subtitle, a small note, a centred line. `keepWithNext`
   * keeps the paragraph on the page of the block after it (a line introducing a table).
   */
  | { type: 'paragraph'; children: Inline[]; role?: 'title' | 'subtitle' | 'note' | 'center'; keepWithNext?: boolean }
  /** Each item is a list of blocks, so lists nest. */
  | { type: 'list'; ordered: boolean; items: Block[][] }
  /**
   * `columns` are relative widths (any unit; writers scale them to the text width). `head` rows
   * repeat at the top of every page the table runs onto.
   */
  | { type: 'table'; columns: number[]; head: TableRow[]; body: TableRow[]; caption?: string }
  /** An image from the template or plan folder; `width` in points (1/72 in), scaled down to fit. */
  | { type: 'image'; src: string; data: Uint8Array; format: 'png' | 'jpeg'; alt: string; width?: number }
  /** Blocks laid out on pages of this orientation; a section starts on a new page. */
  | { type: 'section'; orientation: 'portrait' | 'landscape'; blocks: Block[] }
  | { type: 'page-break' }
  /** The table of contents of the headings up to `depth`, with page numbers. */
  | { type: 'toc'; title: string; depth: 1 | 2 | 3 }
  /** A bar chart; its numbers should also stand in a table beside it (the chart is not the only way to read them). */
  | ChartBlock;

/**
 * Horizontal bars, one group per category, one bar per series (or the series stacked into one bar).
 * Writers draw it the same way: vector graphics in the PDF, an image in the .docx, SVG in HTML.
 */
export interface ChartBlock {
  type: 'chart';
  title: string;
  /** The text alternative: what the chart shows, in a sentence. */
  alt: string;
  /** One label per bar group, top to bottom. */
  categories: string[];
  /** Values per category; `color` as #rrggbb. */
  series: { name: string; color: string; values: number[] }[];
  /** Stacked: one bar per category made of the series (counts); grouped: one bar per series (shares). */
  stacked: boolean;
  /** Printed after values and on the axis, e.g. "%". */
  unit?: string;
  /** The axis maximum; default: the largest bar. */
  max?: number;
  /** Optional vertical reference line per category (an expected share), drawn as a tick. */
  markers?: (number | null)[];
  /** The decimal separator of the document's language; default ".". */
  decimal?: string;
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  /** BCP 47 language of the text (`bs`, `uk`, `en`). */
  language: string;
  /** Creation date written into the file: from SOURCE_DATE_EPOCH, the plan's adoption date, or a fixed date. */
  date: Date;
}

export interface Document {
  meta: DocumentMeta;
  blocks: Block[];
}

/**
 * A document with this many table cells is long: the coverage report of 1,000 municipalities has about 97,000, of
 * 100 about 10,000; a plan a few hundred. The writers take care of memory over speed for it (heap.ts).
 */
export const LONG_DOCUMENT_CELLS = 20_000;

/** The table cells of the blocks, nested tables included: how long a document's tables are to lay out or write. */
export function cellCount(blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'section') count += cellCount(block.blocks);
    else if (block.type === 'list') for (const item of block.items) count += cellCount(item);
    else if (block.type === 'table') for (const row of [...block.head, ...block.body]) for (const cell of row.cells) count += 1 + cellCount(cell.blocks);
  }
  return count;
}

/** Whether inlines are text with its formatting and nothing else: no link, at any depth. */
export function withoutLinks(inlines: readonly Inline[]): boolean {
  return inlines.every((inline) => inline.type !== 'link' && (!('children' in inline) || withoutLinks(inline.children)));
}

/** The text of inlines, without formatting (for bookmarks, alt text and tests). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : 'children' in i ? plainText(i.children) : '')).join('');
}
