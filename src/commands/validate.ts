// `wpsplan validate`: load the workspace, check every plan and the references between them, report, return the exit status.
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Env } from '../env.js';
import { reporters, type ReportFormat } from '../report/index.js';
import type { FileSummary } from '../report/reporter.js';
import { loadWorkspace, workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import type { Workspace } from '../workspace/workspace.js';
import { checkWorkspace } from '../xref/check-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';

export interface ValidateOptions extends WorkspaceOptions {
  format: ReportFormat;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  maxWarnings?: number;
}

export interface ValidationResult {
  ws: Workspace;
  /** Diagnostics of the files the run reports on (not of plans loaded only to resolve references), sorted. */
  diagnostics: Diagnostic[];
  /** Every diagnostic, also of plans loaded only to resolve references: what decides whether a plan may be rendered. */
  all: Diagnostic[];
  files: FileSummary[];
  lineText(file: string, line: number): string | undefined;
  /** A named path was missing or held no plan: the run fails with exit status 2 after reporting the rest. */
  usageProblem: boolean;
}

/** Loads and checks the workspace; undefined (after a message) when the command line names no plan at all. */
export async function validatePaths(env: Env, paths: readonly string[], options: WorkspaceOptions = {}): Promise<ValidationResult | undefined> {
  const { ws, config, missing, empty } = await loadWorkspace(env, paths, options);
  const configDiagnostics = config?.diagnostics ?? [];
  for (const path of missing) usageError(env, `path not found: ${path}`, 'check the spelling, or run wpsplan from the folder that holds your plans');
  for (const path of empty) {
    usageError(env, `no plan files in ${path}`, 'plan files end in .nap.yaml, .lap.yaml or .report.yaml, or have a top-level `wpsplan: 1` line');
  }
  const reported = ws.files.filter((f) => !f.found.sibling);
  if (reported.length === 0) {
    if (missing.length === 0 && empty.length === 0) usageError(env, 'no plan files to check', 'name plan files or folders, or list them in wpsplan.config.yaml `include`');
    return undefined;
  }

  const shown = new Set(reported.map((f) => f.found.file));
  const allXref = checkWorkspace(ws);
  const xref = allXref.filter((d) => shown.has(d.file));
  const diagnostics = [...configDiagnostics, ...reported.flatMap((f) => f.own), ...xref];
  const summaries: FileSummary[] = reported.map((f) => ({
    file: f.found.file,
    ...(f.plan ? { kind: f.plan.kind, ...(f.plan.id ? { id: f.plan.id } : {}) } : {}),
    counts: countBySeverity(diagnostics.filter((d) => d.file === f.found.file)),
  }));
  const sources = new Map(ws.files.flatMap((f) => (f.source ? [[f.found.file, f.source] as const] : [])));
  if (config?.source) sources.set(config.source.file, config.source);
  const configFiles = config?.source ? [config.source.file] : [];
  return {
    ws,
    diagnostics: sortDiagnostics(diagnostics, [...configFiles, ...summaries.map((s) => s.file)]),
    all: [...configDiagnostics, ...ws.files.flatMap((f) => f.own), ...allXref],
    files: summaries,
    lineText: (file, line) => sources.get(file)?.lineText(line),
    usageProblem: missing.length > 0 || empty.length > 0,
  };
}

export async function validateCommand(env: Env, paths: readonly string[], options: ValidateOptions): Promise<ExitStatus> {
  const result = await validatePaths(env, paths, workspaceOptions(options));
  if (!result) return ExitStatus.Usage;
  const counts = countBySeverity(result.diagnostics);
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  env.stdout.write(
    reporters[options.format]({
      diagnostics: shown,
      totals: counts,
      files: result.files,
      lineText: result.lineText,
      color: options.color,
      verbose: options.verbose,
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    }),
  );
  if (result.usageProblem) return ExitStatus.Usage;
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  return counts.error > 0 || tooManyWarnings ? ExitStatus.Problems : ExitStatus.Clean;
}
