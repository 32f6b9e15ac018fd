// The PDF writer's intermediate form: the layout turns blocks into slices of drawing operations, the paginator
// places slices on pages, and the painter replays them into pdfkit. Coordinates are points, y grows downwards.
import type { FontKey } from './fonts.js';

/** A node of the accessibility structure tree (Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure …). */
export interface StructNode {
  type: string;
  parent: StructNode | null;
  alt?: string;
  /** Replacement text (a list bullet drawn as a shape). */
  actual?: string;
  /** Table header cells: `Column` (or `Row`). */
  scope?: 'Column' | 'Row';
  rowSpan?: number;
  colSpan?: number;
  /** The node's number in the order nodes first appear on the pages (`Numbering`); none for the root. */
  n?: number;
}

/** Content that is not part of the text: page headers and footers and repeated table headers, or decoration. */
export type Artifact = 'pagination' | 'layout';
export type Tag = StructNode | Artifact;

export type Op =
  /** Text on one baseline. */
  | { k: 'text'; x: number; y: number; text: string; font: FontKey; size: number; color: string; tag: Tag }
  /** Fills and borders are layout artifacts unless tagged (a chart's bars belong to its Figure). */
  | { k: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number; tag?: Tag }
  | { k: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; tag?: Tag }
  /** A list bullet drawn as a shape (the font has only some of the bullet characters). */
  | { k: 'bullet'; x: number; y: number; shape: 'disc' | 'circle' | 'square'; size: number; color: string; tag: Tag }
  | { k: 'image'; x: number; y: number; w: number; h: number; data: Uint8Array; tag: Tag }
  /** A clickable area: an external URL or `#name` of a named destination. */
  | { k: 'link'; x: number; y: number; w: number; h: number; href: string; label: string; tag: Tag }
  /** A named destination (a heading) at this height. */
  | { k: 'dest'; name: string; y: number }
  /** A bookmark to a named destination. */
  | { k: 'outline'; title: string; level: number; dest: string }
  /**
   * A contents entry's page number, right-aligned at `x`, with a dotted leader from `from`; filled in once the
   * pages of every heading are known.
   */
  | { k: 'pageref'; x: number; y: number; from: number; dest: string; font: FontKey; size: number; color: string; tag: Tag };

/** A placed child slice, relative to its parent slice. */
export interface Placed {
  slice: Slice;
  x: number;
  y: number;
}

/** A vertical piece of content that is never split across pages, unless it has a `split`. */
export interface Slice {
  h: number;
  ops: Op[];
  kids?: Placed[];
  /** Horizontal offset from the text box's left edge (indentation). */
  x?: number;
  /** Spacing only: dropped at the top of a page. */
  glue?: boolean;
  /** Keep on the same page as the next slice. */
  keep?: boolean;
  /** The baseline of the first line, from the top (list markers align to it). */
  baseline?: number;
  /** A table's header rows, placed before this slice when it starts a page. */
  header?: Slice;
  /** Splits a slice taller than a page: the first part fits in `avail` (or is null when nothing useful fits). */
  split?: (avail: number, force: boolean) => [Slice, Slice] | null;
}

/** A forced page break: the next slice starts a new page of this orientation. */
export interface Break {
  brk: 'portrait' | 'landscape';
}

export type FlowItem = Slice | Break;

export const isBreak = (item: FlowItem): item is Break => 'brk' in item;

export const node = (type: string, parent: StructNode | null, extra: Partial<StructNode> = {}): StructNode => ({ type, parent, ...extra });
