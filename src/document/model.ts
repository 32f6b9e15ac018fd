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
  /** `role` picks a paragraph style: the cover's title and subtitle, a small note, a centred line. */
  | { type: 'paragraph'; children: Inline[]; role?: 'title' | 'subtitle' | 'note' | 'center' }
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
  | { type: 'toc'; title: string; depth: 1 | 2 | 3 };

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

/** The text of inlines, without formatting (for bookmarks, alt text and tests). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : 'children' in i ? plainText(i.children) : '')).join('');
}
