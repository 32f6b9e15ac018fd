// Which table rows head the rows after them: both writers keep such a row on the page of the row that follows.
import type { TableRow } from './model.js';

/**
 * A body row of one cell across every column (an outcome above its actions, a pillar above its rows) heads a
 * group, and left alone at the foot of a page it would head nothing there.
 */
export function headsGroup(row: TableRow, columns: number): boolean {
  return row.cells.length === 1 && (row.cells[0]!.colspan ?? 1) >= columns;
}
