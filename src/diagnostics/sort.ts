// The order diagnostics are printed in: by file (as the files were ordered), then by position.
import type { Diagnostic } from './diagnostic.js';

export function sortDiagnostics(diagnostics: readonly Diagnostic[], fileOrder: readonly string[]): Diagnostic[] {
  const rank = new Map(fileOrder.map((file, i) => [file, i]));
  const pos = (d: Diagnostic): number => (d.range ? d.range.start.line * 1e6 + d.range.start.column : 0);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (rank.get(a.d.file) ?? Infinity) - (rank.get(b.d.file) ?? Infinity) || pos(a.d) - pos(b.d) || a.i - b.i)
    .map(({ d }) => d);
}
