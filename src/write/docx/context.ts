// What the block writers share while one Document is written: the theme, the text width they lay out in, and the
// counters that make every id in the file deterministic.
import type { FileChild, Paragraph, Table, TableOfContents } from 'docx';
import type { Block } from '../../document/model.js';
import type { Theme } from '../../document/theme.js';

/** What a section holds; a FileChild of our own is where tables written apart go back (./written-apart.ts). */
export type BodyChild = Paragraph | Table | TableOfContents | FileChild;

export interface Counters {
  /** External hyperlinks (relationship ids `rIdLink1` …). */
  link: number;
  /** Images (`wp:docPr` ids). */
  image: number;
  /** Lists, each its own numbering instance so an ordered list starts at 1. */
  list: number;
}

export interface Ctx {
  readonly theme: Theme;
  /** The width blocks are laid out in, in twips: the section's text width, or a cell's. */
  readonly width: number;
  readonly counters: Counters;
  /** A page break waits for the next paragraph (as `pageBreakBefore`), so no empty line starts the page. */
  pageBreak: { pending: boolean };
  /** Inside a table cell: paragraphs take the Table Text style and page breaks are dropped. */
  readonly inTable: boolean;
  /** Inside a table header row: bold text in the header colour. */
  readonly inHead: boolean;
  /** The alignment of the cell the blocks are in. */
  readonly align?: 'left' | 'center' | 'right';
  /** In a row kept with the row after it (a header row, a row heading a group): Word keeps rows together through their paragraphs' keep-with-next. */
  readonly keepNext?: boolean;
}

export type ConvertBlocks = (blocks: readonly Block[], ctx: Ctx) => BodyChild[];

/** Whether the next paragraph starts a page; reading it clears the pending break. */
export function takePageBreak(ctx: Ctx): true | undefined {
  if (!ctx.pageBreak.pending || ctx.inTable) return undefined;
  ctx.pageBreak.pending = false;
  return true;
}
