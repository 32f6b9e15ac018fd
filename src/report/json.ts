// Machine-readable report: files, diagnostics and totals as one JSON document.
import type { Reporter } from './reporter.js';

export const json: Reporter = (input) => `${JSON.stringify({ files: input.files, diagnostics: input.diagnostics, summary: input.totals }, null, 2)}\n`;
