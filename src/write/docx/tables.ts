// Tables: a fixed grid scaled to the text width, repeated header rows, colspan and rowspan (vMerge) laid out as an
// HTML table lays them out, the theme's header fill, cell fills, light horizontal rules, rows kept on one page, header
// rows and rows heading a group kept with the next.
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { headsGroup } from '../../document/group-heading.js';
import type { Block, TableCell as ModelCell } from '../../document/model.js';
import { takePageBreak, type BodyChild, type ConvertBlocks, type Ctx } from './context.js';
import { hex } from './geometry.js';
import { PreparedCell, PreparedParagraph } from './prepared.js';
import { CELL_MARGIN, STYLE } from './styles.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Relative widths → whole twips summing exactly to `total` (largest remainder). */
export function scaleWidths(columns: readonly number[], total: number): number[] {
  const weights = columns.map((c) => (Number.isFinite(c) && c > 0 ? c : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? weights.map((w) => (w / sum) * total) : weights.map(() => total / weights.length);
  const widths = shares.map(Math.floor);
  let rest = total - widths.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) widths[order[k]![1]]! += 1;
  return widths;
}

interface Placed {
  cell: ModelCell;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
}

/** Where each cell falls in the grid, as HTML lays out a table: a cell takes the first column not taken from above. */
function layout(rows: readonly ModelCell[][], columns: number): { placed: Placed[]; columns: number } {
  const taken: boolean[][] = rows.map(() => []);
  const placed: Placed[] = [];
  let width = columns;
  rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken[row]![col]) col++;
      const colspan = Math.max(1, Math.floor(cell.colspan ?? 1));
      const rowspan = Math.max(1, Math.min(Math.floor(cell.rowspan ?? 1), rows.length - row));
      for (let r = row; r < row + rowspan; r++) for (let c = col; c < col + colspan; c++) taken[r]![c] = true;
      placed.push({ cell, row, col, colspan, rowspan });
      col += colspan;
      width = Math.max(width, col);
    }
  });
  return { placed, columns: width };
}

export function table(block: TableBlock, ctx: Ctx, convert: ConvertBlocks): BodyChild[] {
  const { theme } = ctx;
  const modelRows = [...block.head, ...block.body].map((r) => r.cells);
  const grid = layout(modelRows, Math.max(1, block.columns.length));
  // Columns the rows need beyond `columns` get the average width.
  const given = block.columns.length > 0 ? block.columns : [1];
  const average = given.reduce((a, b) => a + b, 0) / given.length || 1;
  const widths = scaleWidths([...given, ...Array<number>(grid.columns - given.length).fill(average)], ctx.width);
  const span = (col: number, count: number) => widths.slice(col, col + count).reduce((a, b) => a + b, 0);

  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(theme.colors.tableBorder), space: 0 };
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };
  const headFill = hex(theme.colors.tableHeader);
  const headSeparator: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(theme.colors.tableHeaderText), space: 0 };

  const starts = new Map<string, Placed>();
  const covers = new Map<string, Placed>();
  for (const p of grid.placed) {
    starts.set(`${p.row}:${p.col}`, p);
    for (let r = p.row + 1; r < p.row + p.rowspan; r++) covers.set(`${r}:${p.col}`, p);
  }

  const rows = modelRows.map((_, row) => {
    const head = row < block.head.length;
    // A header row, or a row heading a group, stays on the page of the row after it.
    const keepNext = row < modelRows.length - 1 && (head || headsGroup({ cells: modelRows[row]! }, grid.columns));
    const cells: TableCell[] = [];
    for (let col = 0; col < grid.columns; ) {
      const start = starts.get(`${row}:${col}`);
      const above = start ? undefined : covers.get(`${row}:${col}`);
      const p = start ?? above;
      const colspan = p?.colspan ?? 1;
      const inHead = p ? p.row < block.head.length : head;
      const fill = inHead ? headFill : p?.cell.fill ? hex(p.cell.fill) : undefined;
      const width = span(col, colspan);
      const options = {
        width: { size: width, type: WidthType.DXA },
        columnSpan: colspan > 1 ? colspan : undefined,
        verticalMerge: start && start.rowspan > 1 ? VerticalMergeType.RESTART : above ? VerticalMergeType.CONTINUE : undefined,
        shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
        borders: inHead ? { left: headSeparator, right: headSeparator } : undefined,
      };
      let children: BodyChild[] = [];
      if (start) {
        const cellCtx: Ctx = { ...ctx, width: Math.max(width - CELL_MARGIN.left - CELL_MARGIN.right, 144), inTable: true, inHead, align: start.cell.align, keepNext };
        children = convert(start.cell.blocks, cellCtx);
      }
      const content = children.filter((c): c is Paragraph | Table => c instanceof Paragraph || c instanceof PreparedParagraph || c instanceof Table);
      cells.push(new PreparedCell(options, content.length > 0 ? content : [new PreparedParagraph({ style: STYLE.tableText }).asChild]));
      col += colspan;
    }
    return new TableRow({ children: cells, tableHeader: head || undefined, cantSplit: true });
  });

  const out: BodyChild[] = [];
  if (block.caption) out.push(new Paragraph({ style: STYLE.caption, pageBreakBefore: takePageBreak(ctx), text: block.caption }));
  out.push(
    new Table({
      rows,
      width: { size: ctx.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      style: STYLE.table,
      borders: { top: rule, bottom: rule, insideHorizontal: rule, left: none, right: none, insideVertical: none },
      margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
      // Word's "Table Style Options": a header row when the table has one, no banding.
      tableLook: { firstRow: block.head.length > 0, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    }),
  );
  return out;
}
