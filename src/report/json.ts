// Machine-readable report: files, diagnostics and totals as one JSON document.
import { countBySeverity } from '../diagnostics/diagnostic.js';
import type { Reporter } from './reporter.js';

export const json: Reporter = (input) =>
  `${JSON.stringify({ files: input.files, diagnostics: input.diagnostics, summary: countBySeverity(input.diagnostics) }, null, 2)}\n`;
