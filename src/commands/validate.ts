// `wpsplan validate`: load every plan of the run, check it, print the report, return the exit status.
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Env } from '../env.js';
import { discover } from '../load/discover.js';
import { loadFiles } from '../load/load-files.js';
import { reporters, type ReportFormat } from '../report/index.js';
import type { FileSummary } from '../report/reporter.js';
import { validatePlan } from '../validate/validate-plan.js';
import { ExitStatus, usageError } from './exit-status.js';

export interface ValidateOptions {
  format: ReportFormat;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  maxWarnings?: number;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  files: FileSummary[];
  lineText(file: string, line: number): string | undefined;
  /** A named path was missing or held no plan: the run fails with exit status 2 after reporting the rest. */
  usageProblem: boolean;
}

/** Loads and checks the plans named by `paths`; undefined (after a message) when the command line names no plan at all. */
export async function validatePaths(env: Env, paths: readonly string[]): Promise<ValidationResult | undefined> {
  const { files, missing, empty } = await discover(env, paths);
  for (const path of missing) usageError(env, `path not found: ${path}`, 'check the spelling, or run wpsplan from the folder that holds your plans');
  for (const path of empty) {
    usageError(env, `no plan files in ${path}`, 'plan files end in .nap.yaml, .lap.yaml or .report.yaml, or have a top-level `wpsplan: 1` line');
  }
  if (files.length === 0) return undefined;

  const loaded = await loadFiles(env, files);
  const diagnostics: Diagnostic[] = [];
  const summaries: FileSummary[] = [];
  for (const file of loaded) {
    const own = [...file.diagnostics, ...(file.plan ? validatePlan(file.plan) : [])];
    diagnostics.push(...own);
    summaries.push({
      file: file.found.file,
      ...(file.plan ? { kind: file.plan.kind, ...(file.plan.id ? { id: file.plan.id } : {}) } : {}),
      counts: countBySeverity(own),
    });
  }
  const sources = new Map(loaded.flatMap((f) => (f.source ? [[f.found.file, f.source] as const] : [])));
  return {
    diagnostics: sortDiagnostics(diagnostics, summaries.map((s) => s.file)),
    files: summaries,
    lineText: (file, line) => sources.get(file)?.lineText(line),
    usageProblem: missing.length > 0 || empty.length > 0,
  };
}

export async function validateCommand(env: Env, paths: readonly string[], options: ValidateOptions): Promise<ExitStatus> {
  const result = await validatePaths(env, paths.length > 0 ? paths : ['.']);
  if (!result) return ExitStatus.Usage;
  const counts = countBySeverity(result.diagnostics);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  env.stdout.write(
    reporters[options.format]({
      diagnostics: shown,
      files: result.files,
      lineText: result.lineText,
      color: options.color,
      verbose: options.verbose,
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    }),
  );
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (result.usageProblem) return ExitStatus.Usage;
  return counts.error > 0 || tooManyWarnings ? ExitStatus.Problems : ExitStatus.Clean;
}
