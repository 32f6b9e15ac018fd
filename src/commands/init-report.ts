// `wpsplan init report --plan <file|id>`: a progress report for one year, listing the plan's actions due then and its indicators with a target.
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import type { Plan } from '../load/plan.js';
import { packageRoot } from '../package-root.js';
import { actionsDue, indicatorsDue } from '../progress/due.js';
import { spanOf } from '../validate/dates.js';
import { asObject } from '../validate/elements.js';
import { planPeriod } from '../validate/checks/periods.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';

const DAY = 86_400_000;

/** Every string is written double-quoted (JSON's quoting is valid YAML), so no value can change its type. */
const q = (value: string): string => JSON.stringify(value);
/** Text for a YAML comment: one line. */
const oneLine = (value: unknown): string => String(value ?? '').replace(/\s+/g, ' ').trim();

export async function initReport(env: Env, file: string | undefined, options: { plan?: string; year?: string }): Promise<ExitStatus> {
  if (options.plan === undefined) {
    usageError(env, 'wpsplan init report needs the plan reported on', 'give its file or id: wpsplan init report --plan tuzla.lap.yaml');
    return ExitStatus.Usage;
  }
  const asFile = await env.stat(resolve(env.cwd, options.plan));
  // The plan's folder holds its earlier reports: actions they closed are not asked for again.
  const { ws } = await loadWorkspace(env, asFile ? [dirname(resolve(env.cwd, options.plan))] : []);
  const plan = asFile ? ws.plans.find((p) => p.source.path === resolve(env.cwd, options.plan!)) : ws.plan(options.plan);
  if (!plan || (plan.kind !== 'LocalActionPlan' && plan.kind !== 'NationalActionPlan')) {
    usageError(env, `no action plan "${options.plan}" found`, 'give the plan file (e.g. --plan tuzla.lap.yaml) or the id of a plan in the current folder');
    return ExitStatus.Usage;
  }
  const span = planPeriod(plan);
  // Spans count whole days since 1970.
  const first = span ? new Date(span.first * DAY).getUTCFullYear() : undefined;
  const last = span ? new Date(span.last * DAY).getUTCFullYear() : undefined;
  // By default the last whole year, within the plan's period.
  const fallback = Math.min(Math.max(env.now().getUTCFullYear() - 1, first ?? -Infinity), last ?? Infinity);
  const year = options.year === undefined ? fallback : Number(options.year);
  if (spanOf(year) === undefined || (first !== undefined && (year < first || year > last!))) {
    usageError(env, `--year ${options.year} is not a year of ${plan.id}${first !== undefined ? ` (${first}–${last})` : ''}`, `give a year the plan runs in, e.g. --year ${fallback}`);
    return ExitStatus.Usage;
  }
  const stem = basename(plan.source.path).replace(/(\.(nap|lap))?\.ya?ml$/i, '');
  const path = file === undefined ? join(dirname(plan.source.path), `${stem}-${year}.report.yaml`) : resolve(env.cwd, file);
  if (await env.stat(path)) {
    usageError(env, `${displayPath(env, path)} already exists; wpsplan init never overwrites a file`, `name another file: wpsplan init report --plan ${options.plan} ${stem}-${year}-2.report.yaml`);
    return ExitStatus.Usage;
  }
  const schema = relative(dirname(path), join(packageRoot(), 'schemas', 'report.schema.json')).split(sep).join('/');
  const text = `# yaml-language-server: $schema=${schema}\n${reportSkeleton(plan, year, ws.plans, env.now())}`;
  try {
    await env.writeFileAtomic(path, new TextEncoder().encode(text));
  } catch (error) {
    usageError(env, `cannot write ${displayPath(env, path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'choose a folder you may write to');
    return ExitStatus.Usage;
  }
  env.stdout.write(`wrote ${displayPath(env, path)}: give each action its status and each indicator its value, then check it with \`wpsplan validate ${displayPath(env, path)}\`\n`);
  return ExitStatus.Clean;
}

function reportSkeleton(plan: Plan, year: number, all: readonly Plan[], now: Date): string {
  const span = spanOf(year)!;
  const base = plan.id.replace(/-(LAP|NAP)(-\d{4}(-\d{4})?)?$/, '');
  const asOf = now.toISOString().slice(0, 10);
  const lines = [
    `# The progress report on ${plan.id} for ${year}. Replace the placeholders; check it with \`wpsplan validate\`.`,
    '# Statuses: not-started, ongoing, completed, delayed, cancelled. Every action starts as not-started: set each one.',
    'wpsplan: 1',
    'kind: ProgressReport',
    `id: ${q(`${base}-PR-${year}`)}`,
    `plan: ${q(plan.id)}`,
    `title: ${q(`${oneLine(plan.data.title) || plan.id} — ${year}`)}  # the report's official title, in the plan's language`,
    `language: ${q(typeof plan.data.language === 'string' ? plan.data.language : 'en')}`,
    `period: { start: ${year}, end: ${year} }`,
    `asOf: ${q(asOf)}  # the day the data are valid on`,
    `preparedBy: ${q('Coordination body (to be named)')}`,
    'status: draft',
    'narrative:',
    '  summary: |',
    `    What ${year} brought for the plan, in a few paragraphs.`,
    '  challenges: |',
    '    What held the plan back.',
    '  nextSteps: |',
    '    What comes next.',
  ];
  const actions = actionsDue(plan, span, all);
  lines.push(actions.length > 0 ? `# The ${actions.length} actions due in ${year}, less those an earlier report completed or cancelled.` : `# No action of the plan is due in ${year}.`);
  lines.push(actions.length > 0 ? 'actions:' : 'actions: {}');
  for (const action of actions) lines.push(`  # ${oneLine(action.data.title)}`, `  ${q(action.id!)}: { status: not-started }`);
  const indicators = indicatorsDue(plan);
  lines.push(indicators.length > 0 ? '# Each indicator with a target: replace the note with { value: …, year: …, source: … }, or say why there is no value.' : '# No indicator of the plan has a target.');
  lines.push(indicators.length > 0 ? 'indicators:' : 'indicators: {}');
  for (const indicator of indicators) {
    const target = asObject(indicator.data.target);
    const aim = target?.value !== undefined ? ` (target ${oneLine(target.value)}${target.year !== undefined ? ` in ${oneLine(target.year)}` : ''})` : '';
    lines.push(`  # ${oneLine(indicator.data.title)}${aim}`, `  ${q(indicator.id!)}: { note: ${q('not yet reported')} }`);
  }
  return `${lines.join('\n')}\n`;
}
