// Machine-readable report: files, diagnostics and totals as one JSON document.
import type { Reporter } from './reporter.js';

export const json: Reporter = (input) =>
  `${JSON.stringify({ files: input.files, diagnostics: input.diagnostics, summary: input.totals, ...(input.waived ? { waived: input.waived } : {}) }, null, 2)}\n`;
