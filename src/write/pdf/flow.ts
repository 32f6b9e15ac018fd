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

export function paginate(items: readonly FlowItem[], frames: Record<Orientation, PageFrame>): LaidPage[] {
  const pages: LaidPage[] = [];
  let page: LaidPage | undefined;
  let y = 0;
  let bottom = 0;
  let pending: Orientation | undefined = 'portrait';

  const open = (orientation: Orientation) => {
    const frame = frames[orientation];
    page = { orientation, frame, placed: [] };
    pages.push(page);
    y = frame.top;
    bottom = frame.top + frame.textHeight;
  };
  const empty = () => page!.placed.length === 0;
  /** Places a slice; `x` is the indentation of a table header repeated for a table in a list item. */
  const place = (slice: Slice, x = 0) => {
    page!.placed.push({ slice, x: page!.frame.left + x, y });
    y += slice.h;
  };
  /**
   * The height of the chain of slices kept together from `index` on. A slice that will split because it is taller
   * than a page counts only with the little that must come along on this page.
   */
  const chain = (index: number): number => {
    let h = 0;
    for (let i = index; i < items.length; i++) {
      const item = items[i]!;
      if (isBreak(item)) break;
      if (item.split && item.h > page!.frame.textHeight - (item.header?.h ?? 0)) return h + MIN_SPLIT;
      h += item.h;
      if (!item.keep) break;
    }
    return h;
  };

  let i = 0;
  let carry: Slice | undefined;
  while (carry || i < items.length) {
    const index = i;
    const item = carry ?? items[i++]!;
    const carried = carry !== undefined;
    carry = undefined;
    if (isBreak(item)) {
      if (page && empty() && page.orientation === item.brk) pending = undefined;
      else pending = item.brk;
      continue;
    }
    if (pending || !page) {
      open(pending ?? page?.orientation ?? 'portrait');
      pending = undefined;
    }
    if (item.glue) {
      if (!empty()) y = Math.min(y + item.h, bottom);
      continue;
    }
    const full = page!.frame.textHeight - (item.header?.h ?? 0);
    const need = item.keep && !carried ? Math.max(item.h, chain(index)) : item.h;
    if (!empty() && need > bottom - y) {
      const splitHere = item.split !== undefined && item.h > full && bottom - y >= MIN_SPLIT;
      // A chain longer than a page stays where it is as long as its first slice fits.
      if (!splitHere && (need <= full || item.h > bottom - y)) open(page!.orientation);
    }
    const fresh = empty();
    if (fresh && item.header) place(item.header, item.x);
    if (item.h > bottom - y && item.split) {
      // On a fresh page the split must make progress, even if a single line is taller than the page.
      const parts = item.split(bottom - y, fresh);
      if (parts) {
        // The parts are new slices: they keep the indentation of the slice they come from.
        if (item.x !== undefined) parts[0].x = parts[1].x = item.x;
        place(parts[0]);
        open(page!.orientation);
        carry = parts[1];
        continue;
      }
      if (!fresh) {
        open(page!.orientation);
        carry = item;
        continue;
      }
    }
    place(item);
  }
  if (pages.length === 0) open(pending ?? 'portrait');
  return pages;
}
