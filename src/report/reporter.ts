// What a reporter is given and returns: diagnostics in, text out, no I/O.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

export interface FileSummary {
  file: string;
  kind?: string;
  id?: string;
  counts: Record<Severity, number>;
}

export interface ReportInput {
  /** Sorted diagnostics, already filtered by --quiet. */
  diagnostics: readonly Diagnostic[];
  /** Counts of all diagnostics, shown or not: the summary and the exit status go by these. */
  totals: Record<Severity, number>;
  files: readonly FileSummary[];
  /** The text of a line of a file, for code frames. */
  lineText(file: string, line: number): string | undefined;
  color: boolean;
  /** List files without problems too. */
  verbose: boolean;
  /** Warnings allowed before the run fails (--max-warnings); undefined for no limit. */
  maxWarnings?: number;
  /** Findings silenced by waivers, listed with --show-waived. */
  waived?: { diagnostic: Diagnostic; reason: string; until?: string }[];
}

export type Reporter = (input: ReportInput) => string;
