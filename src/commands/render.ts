// `wpsplan render`: one plan → .docx / .pdf / .html through a template, written atomically; only a plan without errors renders.
import { basename, join, resolve } from 'node:path';
import { countBySeverity, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import type { Plan } from '../load/plan.js';
import { buildDocument, writeFormats } from '../render/render-plan.js';
import { loadTemplate } from '../render/template.js';
import { templateDir } from '../render/template-dir.js';
import { reporters } from '../report/index.js';
import type { Format } from '../write/index.js';
import { refsOf } from '../workspace/references.js';
import type { Workspace } from '../workspace/workspace.js';
import { workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';
import { validatePaths } from './validate.js';

export interface RenderOptions extends WorkspaceOptions {
  to: Format[];
  template?: string;
  locale?: string;
  output?: string;
  color: boolean;
}

/** The built-in template of each plan kind. */
const BUILT_IN: Record<string, string> = { NationalActionPlan: 'nap', LocalActionPlan: 'lap', ProgressReport: 'progress' };

export async function renderCommand(env: Env, file: string, options: RenderOptions): Promise<ExitStatus> {
  const result = await validatePaths(env, [file], workspaceOptions(options));
  if (!result || result.usageProblem) return ExitStatus.Usage;
  const { ws } = result;
  const plan = ws.files.find((f) => !f.found.sibling)?.plan;
  const print = (diagnostics: Diagnostic[]): void =>
    env.stdout.write(reporters.stylish({ diagnostics, totals: countBySeverity(diagnostics), files: result.files, lineText: result.lineText, color: options.color, verbose: false }));
  if (!plan) {
    print(result.diagnostics);
    return ExitStatus.Problems;
  }
  const blocking = blockingErrors(ws, plan, result.all);
  if (blocking.length > 0) {
    // A referred plan loaded from beside the file reports nothing of its own, so its blocking errors are shown here.
    print([...result.diagnostics, ...blocking.filter((d) => !result.diagnostics.includes(d))]);
    const others = [...new Set(blocking.map((d) => d.file))].filter((f) => f !== plan.file);
    usageError(env, `${plan.file} was not rendered: ${others.length > 0 ? `it or a plan it refers to (${others.join(', ')}) has errors` : 'it has errors'}`, 'fix the errors above, then render again');
    return ExitStatus.Problems;
  }

  const kindTemplate = BUILT_IN[plan.kind];
  const configured = result.config?.templates[plan.kind];
  const spec = options.template ?? configured?.template ?? kindTemplate;
  if (!spec) {
    usageError(env, `there is no built-in template for a ${plan.kind} yet`, 'name a template folder with --template');
    return ExitStatus.Usage;
  }
  const dir = templateDir(env, spec);
  if (!(await env.stat(join(dir, 'template.yaml')))) {
    usageError(env, `template not found: ${spec}`, 'use a built-in template (nap, lap) or the path of a folder with a template.yaml');
    return ExitStatus.Usage;
  }
  const loaded = await loadTemplate(env, dir);
  const lineText = (f: string, line: number): string | undefined => loaded.sources.get(f)?.lineText(line) ?? result.lineText(f, line);
  const printAll = (diagnostics: Diagnostic[]): void =>
    env.stdout.write(reporters.stylish({ diagnostics, totals: countBySeverity(diagnostics), files: result.files, lineText, color: options.color, verbose: false }));
  if (!loaded.template) {
    printAll(loaded.diagnostics);
    return ExitStatus.Problems;
  }
  if (loaded.template.view === 'coverage' || loaded.template.view === 'rollup') {
    usageError(env, `the template ${loaded.template.name} needs every local plan and report of a national plan, not one file`, 'run wpsplan build on the folder of plans: it renders this template for each national plan');
    return ExitStatus.Usage;
  }
  if (!loaded.template.kinds.includes(plan.kind)) {
    usageError(env, `the template ${loaded.template.name} renders ${loaded.template.kinds.join(', ')}, not a ${plan.kind}`, `use --template ${kindTemplate ?? '…'}`);
    return ExitStatus.Usage;
  }
  const language = options.locale ?? configured?.locale ?? (typeof plan.data.language === 'string' ? plan.data.language : 'en');
  const built = buildDocument(env, ws, plan, loaded.template, language);
  const problems = built.diagnostics.filter((d) => d.severity === 'error');
  if (built.diagnostics.length > 0) printAll(built.diagnostics);
  if (!built.document || problems.length > 0) return ExitStatus.Problems;

  const outDir = resolve(env.cwd, options.output ?? '.');
  const stem = basename(plan.source.path).replace(/(\.(nap|lap|report))?\.ya?ml$/i, '');
  const inputs = new Set(ws.files.map((f) => f.found.path));
  const outputs = await writeFormats(built.document, built.theme, options.to);
  try {
    await env.makeDir(outDir);
    for (const { format, bytes } of outputs) {
      const path = join(outDir, `${stem}.${format}`);
      if (inputs.has(path)) throw Object.assign(new Error('it is an input file'), { code: 'INPUT' });
      await env.writeFileAtomic(path, bytes);
      env.stdout.write(`wrote ${displayPath(env, path)} (${Math.max(1, Math.round(bytes.reduce((sum, part) => sum + part.length, 0) / 1024))} KB)\n`);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    print([
      diagnostic('io/write', {
        file: displayPath(env, outDir),
        message: `cannot write the documents here (${e.code === 'INPUT' ? 'a document would replace an input file' : (e.code ?? e.message)})`,
        hint: 'choose another output folder with -o, one you may write to',
      }),
    ]);
    return ExitStatus.Problems;
  }
  return ExitStatus.Clean;
}

/** Errors in the plan or in a plan it refers to (its parent, plans named in references). */
function blockingErrors(ws: Workspace, plan: Plan, all: Diagnostic[]): Diagnostic[] {
  const ids = [plan.data.parent, plan.data.plan, ...refsOf(plan).map((r) => (r.explicit ? r.planId : undefined))];
  const files = new Set([plan.file, ...ids.flatMap((id) => (typeof id === 'string' && ws.plan(id) ? [ws.plan(id)!.file] : []))]);
  return all.filter((d) => d.severity === 'error' && files.has(d.file));
}
