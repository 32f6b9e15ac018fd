// The one Diagnostic shape every stage reports problems in, and its constructor.
import { codes, type Code } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

/** A point in a source file. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units; a byte-order mark is not counted. */
  column: number;
}

export interface Range {
  start: Position;
  /** Exclusive end. */
  end: Position;
}

/** Another place that explains a diagnostic (the first use of an id, an anchor…). */
export interface Related {
  message: string;
  file: string;
  range?: Range;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** Path of the file as shown to the user (relative to the current folder). */
  file: string;
  range?: Range;
  /** Where in the plan's data the problem is, as keys and indices. */
  path?: (string | number)[];
  /** What to do about it. */
  hint?: string;
  related?: Related[];
}

export type DiagnosticInit = Omit<Diagnostic, 'severity' | 'code'> & {
  severity?: Severity;
  /** The anchor behind an alias the location went through; added to the related locations. */
  via?: Related;
};

/** Makes a diagnostic with the code's default severity unless one is given. */
export function diagnostic(code: Code, init: DiagnosticInit): Diagnostic {
  const { severity, via, related, ...rest } = init;
  const all = [...(related ?? []), ...(via ? [via] : [])];
  return { code, severity: severity ?? codes[code].severity, ...rest, ...(all.length > 0 ? { related: all } : {}) };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
