// Pagination: places the flow's slices on pages, honouring forced breaks, keep-with-next chains (headings, captions,
// table headers, orphans and widows), repeated table headers and the splitting of slices taller than a page.
import type { Orientation } from './layout.js';
import { isBreak, type FlowItem, type Placed, type Slice } from './types.js';

export interface PageFrame {
  width: number;
  height: number;
  left: number;
  top: number;
  /** The text area. */
  textWidth: number;
  textHeight: number;
}

export interface LaidPage {
  orientation: Orientation;
  frame: PageFrame;
  /** Slices at absolute positions (the slice's own `x` still to be added). */
  placed: Placed[];
}

/** Below this much room, a slice taller than a page starts on the next page rather than splitting here. */
const MIN_SPLIT = 40;

/** Places the items on pages, all at once. */
export function paginate(items: readonly FlowItem[], frames: Record<Orientation, PageFrame>): LaidPage[] {
  const pages: LaidPage[] = [];
  const paginator = new Paginator(frames, (page) => pages.push(page));
  paginator.add(items);
  paginator.finish();
  return pages;
}

/**
 * Places items on pages as they come, handing on each page once the next one is opened: a long document's pages are
 * never all laid out at once. Items are placed as soon as the chain of items kept together with them has ended, so
 * the pages are the same however the items are split between calls of `add`.
 */
export class Paginator {
  private items: FlowItem[] = [];
  /** The next item to place. */
  private i = 0;
  private page: LaidPage | undefined;
  private y = 0;
  private bottom = 0;
  private pending: Orientation | undefined = 'portrait';
  private carry: Slice | undefined;
  /** Pages handed on so far. */
  count = 0;

  constructor(
    private readonly frames: Record<Orientation, PageFrame>,
    private readonly onPage: (page: LaidPage, index: number) => void,
  ) {}

  add(items: readonly FlowItem[]): void {
    for (const item of items) this.items.push(item);
    // The last item that ends a chain: every item up to it can be placed.
    let safe = this.items.length;
    while (safe > this.i && !ends(this.items[safe - 1]!)) safe--;
    this.place(safe);
    this.items = this.items.slice(this.i);
    this.i = 0;
  }

  finish(): void {
    this.place(this.items.length);
    this.items = [];
    this.i = 0;
    if (!this.page && this.count === 0) this.open(this.pending ?? 'portrait');
    if (this.page) this.onPage(this.page, this.count++);
    this.page = undefined;
  }

  private open(orientation: Orientation): void {
    if (this.page) this.onPage(this.page, this.count++);
    const frame = this.frames[orientation];
    this.page = { orientation, frame, placed: [] };
    this.y = frame.top;
    this.bottom = frame.top + frame.textHeight;
  }

  private empty(): boolean {
    return this.page!.placed.length === 0;
  }

  /** Places a slice; `x` is the indentation of a table header repeated for a table in a list item. */
  private put(slice: Slice, x = 0): void {
    this.page!.placed.push({ slice, x: this.page!.frame.left + x, y: this.y });
    this.y += slice.h;
  }

  /**
   * The height of the chain of slices kept together from `index` on. A slice that will split because it is taller
   * than a page counts only with the little that must come along on this page.
   */
  private chain(index: number): number {
    let h = 0;
    for (let i = index; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (isBreak(item)) break;
      if (item.split && item.h > this.page!.frame.textHeight - (item.header?.h ?? 0)) return h + MIN_SPLIT;
      h += item.h;
      if (!item.keep) break;
    }
    return h;
  }

  /** Places the items before `end` (and what is carried over from a split). */
  private place(end: number): void {
    while (this.carry || this.i < end) {
      const index = this.i;
      const item = this.carry ?? this.items[this.i++]!;
      const carried = this.carry !== undefined;
      this.carry = undefined;
      if (isBreak(item)) {
        if (this.page && this.empty() && this.page.orientation === item.brk) this.pending = undefined;
        else this.pending = item.brk;
        continue;
      }
      if (this.pending || !this.page) {
        this.open(this.pending ?? this.page?.orientation ?? 'portrait');
        this.pending = undefined;
      }
      const page = this.page!;
      if (item.glue) {
        if (!this.empty()) this.y = Math.min(this.y + item.h, this.bottom);
        continue;
      }
      const full = page.frame.textHeight - (item.header?.h ?? 0);
      const need = item.keep && !carried ? Math.max(item.h, this.chain(index)) : item.h;
      if (!this.empty() && need > this.bottom - this.y) {
        const splitHere = item.split !== undefined && item.h > full && this.bottom - this.y >= MIN_SPLIT;
        // A chain longer than a page stays where it is as long as its first slice fits.
        if (!splitHere && (need <= full || item.h > this.bottom - this.y)) this.open(page.orientation);
      }
      const fresh = this.empty();
      if (fresh && item.header) this.put(item.header, item.x);
      if (item.h > this.bottom - this.y && item.split) {
        // On a fresh page the split must make progress, even if a single line is taller than the page.
        const parts = item.split(this.bottom - this.y, fresh);
        if (parts) {
          // The parts are new slices: they keep the indentation of the slice they come from.
          if (item.x !== undefined) parts[0].x = parts[1].x = item.x;
          this.put(parts[0]);
          this.open(this.page!.orientation);
          this.carry = parts[1];
          continue;
        }
        if (!fresh) {
          this.open(this.page!.orientation);
          this.carry = item;
          continue;
        }
      }
      this.put(item);
    }
  }
}

/** Whether an item ends the chain of items kept together (`chain` stops at it). */
const ends = (item: FlowItem): boolean => isBreak(item) || !item.keep;
