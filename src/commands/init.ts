// `wpsplan init nap|lap`: a new plan file with helpful comments; a LAP can be pre-filled from its NAP. Never overwrites.
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import { packageRoot } from '../package-root.js';
import type { Plan } from '../load/plan.js';
import { asArray, asObject, elementsOfKind } from '../validate/elements.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';

export interface InitOptions {
  parent?: string;
  locality?: string;
  country?: string;
  language?: string;
}

/** Every string is written double-quoted (JSON's quoting is valid YAML), so no value can change its type. */
const q = (value: string): string => JSON.stringify(value);

/** "Tešanj" → "TESANJ": plan ids allow only ASCII letters, digits, dot, dash and underscore. */
const slug = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj').replace(/Đ/g, 'DJ').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toUpperCase() || 'PLAN';

export async function initCommand(env: Env, kind: 'nap' | 'lap', file: string | undefined, options: InitOptions): Promise<ExitStatus> {
  let parent: Plan | undefined;
  if (kind === 'lap' && options.parent !== undefined) {
    parent = await findParent(env, options.parent);
    if (!parent) {
      usageError(env, `no national plan "${options.parent}" found`, 'give the NAP file (e.g. --parent ba-nap-2018-2022.nap.yaml) or the id of a NAP in the current folder');
      return ExitStatus.Usage;
    }
  }
  const year = env.now().getUTCFullYear();
  const period = asObject(parent?.data.period);
  // A local plan runs within its national plan's period; a new plan without one, from this year.
  const start = typeof period?.start === 'number' ? period.start : year;
  const end = typeof period?.end === 'number' && period.end >= start ? period.end : start + 3;
  const language = options.language ?? (typeof parent?.data.language === 'string' ? parent.data.language : 'en');
  const country = (options.country ?? (typeof parent?.data.country === 'string' ? parent.data.country : 'BA')).toUpperCase();
  const locality = options.locality ?? 'Name of the municipality';
  const name = file ?? (kind === 'nap' ? `${country.toLowerCase()}-nap-${start}-${end}.nap.yaml` : `${slug(locality).toLowerCase()}.lap.yaml`);
  const path = resolve(env.cwd, name);
  // The editor finds the schema of this installation, relative to the new file.
  const schema = relative(dirname(path), join(packageRoot(), 'schemas', `${kind}.schema.json`)).split(sep).join('/');
  const header = `# yaml-language-server: $schema=${schema}\n`;
  const text = header + (kind === 'nap' ? napSkeleton(country, language, start, end) : lapSkeleton({ parent, locality, country, language, start, end }));
  if (await env.stat(path)) {
    usageError(env, `${name} already exists; wpsplan init never overwrites a file`, 'name another file: wpsplan init lap my-plan.lap.yaml');
    return ExitStatus.Usage;
  }
  try {
    await env.writeFileAtomic(path, new TextEncoder().encode(text));
  } catch (error) {
    usageError(env, `cannot write ${name} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'choose a folder you may write to');
    return ExitStatus.Usage;
  }
  env.stdout.write(`wrote ${displayPath(env, path)}: fill it in, then check it with \`wpsplan validate ${displayPath(env, path)}\`\n`);
  return ExitStatus.Clean;
}

async function findParent(env: Env, spec: string): Promise<Plan | undefined> {
  const asFile = await env.stat(resolve(env.cwd, spec));
  const { ws } = await loadWorkspace(env, asFile ? [spec] : []);
  const plan = asFile ? ws.files.find((f) => !f.found.sibling)?.plan : ws.plan(spec);
  return plan?.kind === 'NationalActionPlan' ? plan : undefined;
}

function napSkeleton(country: string, language: string, start: number, end: number): string {
  return `# A new National Action Plan on Women, Peace and Security. Replace the examples, keep the structure;
# check it with \`wpsplan validate\`. The format: docs/plan-format.md of wpsplan.
wpsplan: 1
kind: NationalActionPlan
id: ${q(`${country}-NAP-${start}-${end}`)}
title: ${q(`National Action Plan for the implementation of UN Security Council resolution 1325, ${start}–${end}`)}
language: ${q(language)}
country: ${q(country)}
status: draft
period: { start: ${start}, end: ${end} }
resolutions: [1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242, 2467, 2493]
# With a registry, every lead, partner and member below is one of these keys.
organisations:
  gender-agency: { name: ${q('Gender Equality Agency')}, type: government }
leadAgency: gender-agency
narrative:
  introduction: |
    Why this plan, and how it was made.
objectives:
  # One objective per pillar (participation, protection, prevention, relief-and-recovery), or declare
  # your own goal areas under \`pillars:\` mapped to them.
  - id: "1"
    title: ${q("Increased participation of women in decision-making")}
    pillar: participation
    indicators:
      - id: "I-1"
        title: ${q('Share of women in parliament')}
        measure: percentage
        baseline: { note: ${q('to be established')}, year: ${start} }
        target: { value: 40, year: ${end} }
    actions:
      - id: "1.1"
        title: ${q('Training and mentoring for women candidates')}
        lead: gender-agency
        timeframe: { start: ${start}, end: ${end} }
        budget: { currency: "BAM", status: tbd }
`;
}

interface LapInput {
  parent: Plan | undefined;
  locality: string;
  country: string;
  language: string;
  start: number;
  end: number;
}

function lapSkeleton({ parent, locality, country, language, start, end }: LapInput): string {
  const id = `${country}-${slug(locality)}-LAP-${start}-${end}`;
  const lines = [
    `# A new Local Action Plan on Women, Peace and Security${parent ? `, localizing ${parent.id}` : ''}.`,
    parent
      ? '# The objectives mirror the national plan, one local action per national action: keep what the municipality will do, delete the rest.'
      : '# Replace the examples, keep the structure.',
    '# Check it with `wpsplan validate` (the national plan beside it is found automatically).',
    'wpsplan: 1',
    'kind: LocalActionPlan',
    `id: ${q(id)}`,
    `title: ${q(`Local Action Plan for the implementation of UN Security Council resolution 1325 in ${locality}, ${start}–${end}`)}`,
    `language: ${q(language)}`,
    ...(parent ? [`parent: ${q(parent.id)}`] : []),
    'status: draft',
    `period: { start: ${start}, end: ${end} }`,
    `locality: { name: ${q(locality)}, type: municipality, country: ${q(country)} }`,
    '# Who drafts the plan (documents show only totals by sector and gender, never a person).',
    'workingGroup:',
    `  - { role: ${q('Chair')}, organisation: ${q(`${locality} municipal administration`)}, sector: local-government }`,
    '# The local problems found in the joint analysis; every one must be addressed by some action.',
    'concerns:',
    `  - { id: "C1", title: ${q('Violence in the family')} }`,
  ];
  const declared = parent ? elementsOfKind(parent, 'pillar') : [];
  if (declared.length > 0) {
    lines.push("# The national plan's goal areas, so the objectives below can use the same pillars.", 'pillars:');
    for (const p of declared) {
      const canonical = asArray(p.data.canonical).map((c) => String(c));
      lines.push(`  - { id: ${q(p.id ?? '')}, title: ${q(String(p.data.title ?? ''))}, canonical: [${canonical.join(', ')}] }`);
    }
  }
  lines.push('objectives:');
  const objectives = parent ? elementsOfKind(parent, 'objective') : [];
  if (objectives.length === 0) {
    lines.push(
      '  - id: "1"',
      `    title: ${q('Safer life for women in the municipality')}`,
      '    pillar: protection',
      '    addresses: ["C1"]',
      `    indicators: [{ id: "L-1", title: ${q('Women using support services')}, baseline: { note: ${q('to be established')}, year: ${start} }, target: { note: ${q('to be set')}, year: ${end} } }]`,
      '    actions:',
      `      - { id: "1.1", title: ${q('Local referral mechanism for survivors of violence')}, lead: ${q('Centre for social work')} }`,
    );
    return `${lines.join('\n')}\n`;
  }
  objectives.forEach((objective, i) => {
    const oid = objective.id ?? String(i + 1);
    lines.push(
      `  - id: ${q(oid)}`,
      `    title: ${q(String(objective.data.title ?? ''))}  # in the municipality's words`,
      `    pillar: ${q(String(objective.data.pillar ?? 'participation'))}`,
      ...(i === 0 ? ['    addresses: ["C1"]'] : []),
      `    indicators: [{ id: ${q(`L-${oid}`)}, title: ${q('Local indicator')}, baseline: { note: ${q('to be established')}, year: ${start} }, target: { note: ${q('to be set')}, year: ${end} } }]`,
      '    actions:',
    );
    const actions = elementsOfKind(parent!, 'action').filter((a) => {
      for (let e = a.parent; e; e = e.parent) if (e === objective) return true;
      return false;
    });
    for (const action of actions) {
      const aid = action.id ?? '';
      const own = asArray(action.data.pillars).map((p) => q(String(p)));
      lines.push(
        `      - id: ${q(`L${aid}`)}`,
        `        title: ${q(String(action.data.title ?? ''))}`,
        `        implements: ${q(aid)}`,
        ...(own.length > 0 ? [`        pillars: [${own.join(', ')}]`] : []),
        `        lead: ${q('Responsible institution (to be named)')}`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}
