// Tables laid out cell by cell (pdfkit's table() is some thirty times slower with an embedded font): column widths
// scaled to the text width, wrapped cell text, colspan and rowspan, a header repeated on every page the table runs
// onto, rows kept whole unless taller than a page, the header and a row heading a group kept with the row after them.
//
// Rows joined by a rowspan form a group, one slice in the flow, so a merged cell never breaks across pages unless
// the group is taller than a page; then the group splits at the last row boundary that fits, or inside its first
// row, and the cells cut there continue on the next page.
import { headsGroup } from '../../document/group-heading.js';
import type { Block, TableCell, TableRow } from '../../document/model.js';
import type { Box, Ctx } from './layout.js';
import { styleOf, textLines } from './text.js';
import { isBreak, node, type FlowItem, type Op, type Placed, type Slice, type StructNode } from './types.js';

type TableBlock = Extract<Block, { type: 'table' }>;
type LayoutBlocks = (blocks: readonly Block[], box: Box, ctx: Ctx) => FlowItem[];

const PAD_X = 4;
const PAD_Y = 3;

/** A cell with its place in the grid, its look and its laid-out content. */
interface GridCell {
  cell: TableCell;
  /** Row within its group, and rows spanned from there. */
  r: number;
  rs: number;
  col: number;
  cs: number;
  fill: string | undefined;
  /** Header cells are centred vertically, body cells sit at the top. */
  middle: boolean;
  content: Slice[];
}

interface Group {
  n: number;
  cells: GridCell[];
}

interface Placement {
  cell: TableCell;
  row: number;
  col: number;
  rs: number;
  cs: number;
}

/** Places the cells of some rows on a grid, HTML-style: each cell takes the next free column of its row. */
function placeCells(rows: readonly TableRow[]): { placements: Placement[][]; width: number } {
  const taken: boolean[][] = rows.map(() => []);
  const placements: Placement[][] = rows.map(() => []);
  let width = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (taken[r]![col]) col++;
      const cs = Math.max(1, Math.floor(cell.colspan ?? 1));
      const rs = Math.min(Math.max(1, Math.floor(cell.rowspan ?? 1)), rows.length - r);
      for (let i = r; i < r + rs; i++) for (let j = col; j < col + cs; j++) taken[i]![j] = true;
      placements[r]!.push({ cell, row: r, col, rs, cs });
      col += cs;
      width = Math.max(width, col);
    }
  });
  return { placements, width };
}

/** Splits rows into groups that rowspans tie together. */
function groupRows(placements: readonly Placement[][]): [number, number][] {
  const groups: [number, number][] = [];
  let start = 0;
  while (start < placements.length) {
    let end = start + 1;
    for (let r = start; r < end; r++) for (const p of placements[r]!) end = Math.max(end, r + p.rs);
    groups.push([start, end]);
    start = end;
  }
  return groups;
}

const contentHeight = (content: readonly Slice[]) => content.reduce((h, s) => h + s.h, 0);

export function layoutTable(block: TableBlock, box: Box, ctx: Ctx, layoutBlocks: LayoutBlocks): FlowItem[] {
  const { theme } = ctx;
  const head = placeCells(block.head);
  const body = placeCells(block.body);
  const ncols = Math.max(block.columns.length, head.width, body.width);
  if (ncols === 0) return [];

  // Column widths: the relative widths scaled to the box; a missing or invalid one is the average.
  const valid = block.columns.filter((c) => Number.isFinite(c) && c > 0);
  const average = valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : 1;
  const weights = Array.from({ length: ncols }, (_, i) => {
    const c = block.columns[i];
    return c !== undefined && Number.isFinite(c) && c > 0 ? c : average;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w * box.width) / total);
  const colX = [0];
  for (const w of widths) colX.push(colX[colX.length - 1]! + w);
  const span = (col: number, cs: number) => colX[Math.min(col + cs, ncols)]! - colX[Math.min(col, ncols)]!;

  const size = Math.min(theme.sizes.table, box.size);
  const leading = 1.25;
  const minRow = size * leading + 2 * PAD_Y;
  const table = node('Table', box.parent);

  const section = (rows: readonly TableRow[], grid: Placement[][], isHead: boolean): Group[] => {
    const sectionNode = node(isHead ? 'THead' : 'TBody', table);
    const rowNodes = rows.map(() => node('TR', sectionNode));
    return groupRows(grid).map(([start, end]) => {
      const cells: GridCell[] = [];
      for (let r = start; r < end; r++) {
        for (const p of grid[r]!) {
          if (p.col >= ncols) continue;
          const cs = Math.min(p.cs, ncols - p.col);
          const tag: StructNode = node(isHead ? 'TH' : 'TD', rowNodes[r]!, {
            ...(isHead ? { scope: 'Column' as const } : {}),
            ...(p.rs > 1 ? { rowSpan: p.rs } : {}),
            ...(cs > 1 ? { colSpan: cs } : {}),
          });
          const cellBox: Box = {
            width: Math.max(1, span(p.col, cs) - 2 * PAD_X),
            parent: tag,
            orientation: box.orientation,
            flow: false,
            size,
            color: isHead ? theme.colors.tableHeaderText : theme.colors.text,
            bold: isHead,
            ...(p.cell.align ? { align: p.cell.align } : {}),
            leading,
            tight: true,
            listLevel: 0,
          };
          const content = layoutBlocks(p.cell.blocks, cellBox, ctx).filter((i): i is Slice => !isBreak(i));
          cells.push({ cell: p.cell, r: r - start, rs: p.rs, col: p.col, cs, fill: p.cell.fill ?? (isHead ? theme.colors.tableHeader : undefined), middle: isHead, content });
        }
      }
      return { n: end - start, cells };
    });
  };

  const rowHeights = (g: Group): number[] => {
    const hs = new Array<number>(g.n).fill(minRow);
    for (const c of g.cells) if (c.rs === 1) hs[c.r] = Math.max(hs[c.r]!, contentHeight(c.content) + 2 * PAD_Y);
    for (const c of [...g.cells].filter((c) => c.rs > 1).sort((a, b) => a.rs - b.rs)) {
      let have = 0;
      for (let i = c.r; i < c.r + c.rs; i++) have += hs[i]!;
      const need = contentHeight(c.content) + 2 * PAD_Y;
      if (need > have) hs[c.r + c.rs - 1]! += need - have;
    }
    return hs;
  };

  const border = theme.colors.tableBorder;
  const draw = (g: Group): Slice => {
    const hs = rowHeights(g);
    const ys = [0];
    for (const h of hs) ys.push(ys[ys.length - 1]! + h);
    const fills: Op[] = [];
    const borders: Op[] = [];
    const kids: Placed[] = [];
    for (const c of g.cells) {
      const x = colX[c.col]!;
      const w = span(c.col, c.cs);
      const y = ys[c.r]!;
      const h = ys[c.r + c.rs]! - y;
      if (c.fill) fills.push({ k: 'rect', x, y, w, h, fill: c.fill });
      borders.push({ k: 'rect', x, y, w, h, stroke: border, lineWidth: 0.5 });
      let cy = y + PAD_Y + (c.middle ? Math.max(0, (h - 2 * PAD_Y - contentHeight(c.content)) / 2) : 0);
      for (const s of c.content) {
        kids.push({ slice: s, x: x + PAD_X, y: cy });
        cy += s.h;
      }
    }
    return { h: ys[g.n]!, ops: [...fills, ...borders], kids };
  };

  const items: FlowItem[] = [];
  if (block.caption) {
    const caption = node('Caption', table);
    const lines = textLines([{ type: 'text', text: block.caption }], styleOf({ bold: true, italic: false, size: size + 0.5, color: theme.colors.heading, tag: caption }), box.width, (size + 0.5) * 1.3, 'left', 0, ctx.env);
    for (const s of lines) s.keep = true;
    items.push(...lines, { h: 3, ops: [], glue: true, keep: true });
  }
  let header: Slice | undefined;
  if (block.head.length > 0) {
    const slices = section(block.head, head.placements, true).map(draw);
    const headSlice: Slice = slices.length === 1 ? slices[0]! : stack(slices);
    headSlice.keep = block.body.length > 0;
    items.push(headSlice);
    header = asArtifact(headSlice);
  }

  const split = (g: Group, avail: number, force: boolean): [Group, Group] | null => {
    const hs = rowHeights(g);
    const cum = [0];
    for (const h of hs) cum.push(cum[cum.length - 1]! + h);
    let k = 0;
    for (let i = 1; i < g.n; i++) if (cum[i]! <= avail) k = i;
    if (k > 0) {
      // At the last row boundary that fits; cells spanning it continue below.
      const first: GridCell[] = [];
      const second: GridCell[] = [];
      for (const c of g.cells) {
        if (c.r >= k) second.push({ ...c, r: c.r - k });
        else if (c.r + c.rs <= k) first.push(c);
        else {
          const [a, b] = cut(c.content, cum[k]! - cum[c.r]! - 2 * PAD_Y, false);
          first.push({ ...c, rs: k - c.r, content: a });
          second.push({ ...c, r: 0, rs: c.r + c.rs - k, content: b });
        }
      }
      return [
        { n: k, cells: first },
        { n: g.n - k, cells: second },
      ];
    }
    // Inside the first row: each of its cells gives what fits and continues below.
    const first: GridCell[] = [];
    const second: GridCell[] = [];
    let progress = false;
    for (const c of g.cells) {
      if (c.r > 0) {
        second.push(c);
        continue;
      }
      const [a, b] = cut(c.content, avail - 2 * PAD_Y, force);
      if (a.length) progress = true;
      first.push({ ...c, rs: 1, content: a });
      second.push({ ...c, content: b });
    }
    if (!progress) return null;
    return [
      { n: 1, cells: first },
      { n: g.n, cells: second },
    ];
  };

  const bodySlice = (g: Group): Slice => {
    const s = draw(g);
    if (header) s.header = header;
    s.split = (avail, force) => {
      const parts = split(g, avail, force);
      return parts && [bodySlice(parts[0]), bodySlice(parts[1])];
    };
    return s;
  };
  const groups = section(block.body, body.placements, false);
  let row = 0;
  groups.forEach((g, index) => {
    const slice = bodySlice(g);
    if (g.n === 1 && index < groups.length - 1 && headsGroup(block.body[row]!, ncols)) slice.keep = true;
    row += g.n;
    items.push(slice);
  });
  return items;
}

/** The slices of a cell that fit in `room`, and the rest (at least one slice when forced). */
function cut(content: readonly Slice[], room: number, force: boolean): [Slice[], Slice[]] {
  let h = 0;
  let i = 0;
  while (i < content.length && h + content[i]!.h <= room) h += content[i++]!.h;
  if (i === 0 && force && content.length > 0) i = 1;
  let j = i;
  while (j < content.length && content[j]!.glue) j++;
  return [content.slice(0, i), content.slice(j)];
}

/** Several slices as one, stacked. */
function stack(slices: readonly Slice[]): Slice {
  let y = 0;
  const kids: Placed[] = [];
  for (const s of slices) {
    kids.push({ slice: s, x: 0, y });
    y += s.h;
  }
  return { h: y, ops: [], kids };
}

/** A copy of a header for continuation pages: drawn the same, but outside the structure tree (a pagination artifact). */
function asArtifact(s: Slice): Slice {
  const ops: Op[] = [];
  for (const op of s.ops) {
    if (op.k === 'dest' || op.k === 'outline') continue;
    if (op.k === 'rect') ops.push(op.tag ? { ...op, tag: 'pagination' } : op);
    else ops.push({ ...op, tag: 'pagination' });
  }
  // No `x`: the paginator places the copy at the indentation of the slice it heads.
  const copy: Slice = { h: s.h, ops };
  if (s.kids) copy.kids = s.kids.map((k) => ({ ...k, slice: asArtifact(k.slice) }));
  return copy;
}
