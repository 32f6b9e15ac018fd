// `wpsplan validate`: load the workspace, check every plan and the references between them, report, return the exit status.
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { resolve } from 'node:path';
import type { Env } from '../env.js';
import { reporters, type ReportFormat } from '../report/index.js';
import type { FileSummary, ReportInput } from '../report/reporter.js';
import { summaryLine } from '../report/stylish.js';
import { loadWorkspace, workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import type { Workspace } from '../workspace/workspace.js';
import { applyConfig, type Waived } from '../validate/apply-config.js';
import type { Config } from '../workspace/config.js';
import { checkWorkspace } from '../xref/check-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';

export interface ValidateOptions extends WorkspaceOptions {
  /** Default: `github` under GitHub Actions, else `stylish`. */
  format?: ReportFormat;
  /** Write the report to this file; the terminal gets the summary line. */
  output?: string;
  showWaived?: boolean;
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
  /** Findings silenced by a waiver of the config, with the waiver. */
  waived: Waived[];
  config: Config | undefined;
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
  const policy = applyConfig(config, ws, [...ws.files.flatMap((f) => f.own), ...checkWorkspace(ws)], env.now());
  const ofConfig = [...configDiagnostics, ...policy.config];
  const diagnostics = [...ofConfig, ...policy.diagnostics.filter((d) => shown.has(d.file))];
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
    all: [...ofConfig, ...policy.diagnostics],
    waived: policy.waived.filter((w) => shown.has(w.diagnostic.file)),
    config,
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
  // Under GitHub Actions, annotations are the natural report unless a format is asked for.
  const format = options.format ?? (env.vars.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  const input: ReportInput = {
    diagnostics: shown,
    totals: counts,
    files: result.files,
    lineText: result.lineText,
    color: options.color && options.output === undefined,
    verbose: options.verbose,
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    ...(options.showWaived ? { waived: result.waived.map((w) => ({ diagnostic: w.diagnostic, reason: w.waiver.reason, ...(w.waiver.until ? { until: w.waiver.until } : {}) })) } : {}),
  };
  if (options.output === undefined) {
    env.stdout.write(reporters[format](input));
  } else {
    const target = resolve(env.cwd, options.output);
    try {
      await env.writeFileAtomic(target, new TextEncoder().encode(reporters[format](input)));
    } catch (error) {
      usageError(env, `cannot write the report to ${options.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'choose a file in a folder you may write to');
      return ExitStatus.Usage;
    }
    // The report went to the file; the person at the terminal still gets the outcome.
    env.stdout.write(summaryLine({ ...input, color: options.color, diagnostics: [] }));
  }
  if (result.usageProblem) return ExitStatus.Usage;
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  return counts.error > 0 || tooManyWarnings ? ExitStatus.Problems : ExitStatus.Clean;
}
