// A checked plan + a template → the Document, then the bytes of each requested format.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../document/model.js';
import { readHtml, type ImageSource } from '../document/read-html.js';
import type { Theme } from '../document/theme.js';
import type { Env } from '../env.js';
import type { Plan } from '../load/plan.js';
import { asObject } from '../validate/elements.js';
import { spanOf } from '../validate/dates.js';
import { writers, type Format } from '../write/index.js';
import { allParts, type FileParts } from '../write/writer.js';
import type { Workspace } from '../workspace/workspace.js';
import { inside, type Template } from './template.js';
import { Formatter } from './view/format.js';
import { lapView, NO_LAP } from './view/lap-view.js';
import { planView } from './view/plan-view.js';
import { coverageView, type ShownCoverage } from './view/coverage-view.js';
import { reportView } from './view/report-view.js';
import { progressOf, rollUpOf } from '../progress/progress.js';
import { rollupView } from './view/rollup-view.js';

/** The date documents carry when neither SOURCE_DATE_EPOCH nor the plan gives one: resolution 1325's adoption. */
const FIXED_DATE = new Date(Date.UTC(2000, 9, 31));

export interface Rendered {
  document?: Document;
  theme: Theme;
  diagnostics: Diagnostic[];
}

/** Plan → Document through the template; diagnostics for anything the template or the plan's Markdown gets wrong. */
export function buildDocument(env: Env, ws: Workspace, plan: Plan, template: Template, language: string): Rendered {
  const { labels, diagnostics } = template.labels(language);
  const f = new Formatter(plan, language, labels);
  const title = typeof plan.data.title === 'string' ? plan.data.title : plan.id;
  if (plan.kind === 'ProgressReport') {
    // A report is shown against its plan: statuses of the plan's actions, ratings of its indicators.
    const subject = typeof plan.data.plan === 'string' ? ws.plan(plan.data.plan) : undefined;
    const progress = progressOf(ws, plan);
    if (!subject || !progress) return { theme: { ...template.theme }, diagnostics };
    const view = reportView(plan, subject, progress, new Formatter(subject, language, labels));
    return finish(env, plan, template, view, labels, diagnostics, { title, subject: labels['subject.ProgressReport'] ?? '', keywords: ['progress report'] }, f);
  }
  const view = { ...planView(ws, plan, f), ...(plan.kind === 'LocalActionPlan' ? lapView(ws, plan, f) : NO_LAP) };
  return finish(env, plan, template, view, labels, diagnostics, { title, subject: labels[`subject.${plan.kind}`] ?? '', keywords: f.list(plan.data.themes) }, f);
}

/** A national plan's coverage → the coverage report Document; local plans with errors are named as left out. */
export function buildCoverageDocument(env: Env, coverage: ShownCoverage, nap: Plan, template: Template, language: string, leftOut: { id: string; file: string }[]): Rendered {
  const { labels, diagnostics } = template.labels(language);
  const f = new Formatter(nap, language, labels);
  const view = coverageView(coverage, f, leftOut);
  const title = `${labels.coverageTitle ?? 'Coverage'}: ${typeof nap.data.title === 'string' ? nap.data.title : nap.id}`;
  return finish(env, nap, template, view, labels, diagnostics, { title, subject: labels['subject.NationalActionPlan'] ?? '', keywords: ['localization'] }, f);
}

/** A NAP's roll-up for a period → the roll-up Document. */
export function buildRollupDocument(
  env: Env,
  ws: Workspace,
  nap: Plan,
  period: { start: number; end: number },
  template: Template,
  language: string,
  leftOut: { id: string; file: string }[] = [],
): Rendered {
  const { labels, diagnostics } = template.labels(language);
  const f = new Formatter(nap, language, labels);
  const view: Record<string, unknown> = { ...rollupView(rollUpOf(ws, nap, period), nap, ws.lapsOf(nap), f), leftOut };
  const title = `${labels.rollupTitle ?? 'Roll-up'} ${view.period as string}: ${typeof nap.data.title === 'string' ? nap.data.title : nap.id}`;
  return finish(env, nap, template, view, labels, diagnostics, { title, subject: labels['subject.NationalActionPlan'] ?? '', keywords: ['progress report', 'roll-up'] }, f);
}

/** Template output → Document: the HTML read into blocks, the theme's header and footer filled in, the metadata set. */
function finish(
  env: Env,
  plan: Plan,
  template: Template,
  view: Record<string, unknown>,
  labels: Record<string, string>,
  diagnostics: Diagnostic[],
  meta: { title: string; subject: string; keywords: string[] },
  f: Formatter,
): Rendered {
  const rendered = template.render(view, labels, { language: f.language });
  diagnostics.push(...rendered.diagnostics);
  const theme = { ...template.theme };
  if (rendered.html === undefined) return { theme, diagnostics };

  const { blocks, problems } = readHtml(rendered.html, imagesFrom(template.dir, dirname(plan.source.path)));
  for (const p of problems) {
    diagnostics.push(
      diagnostic(p.kind === 'image' ? 'template/image' : 'template/unknown-element', {
        file: plan.file,
        message: `${p.message} (in the document the template ${template.name} made of this plan)`,
        hint:
          p.kind === 'image'
            ? "keep images as PNG or JPEG files in the plan's folder (for Markdown) or the template's folder (for templates)"
            : 'Markdown fields and templates may only produce headings, paragraphs, lists, tables, emphasis, links, line breaks and images',
      }),
    );
  }
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (m, key: string) => (key === 'page' || key === 'pages' ? m : key === 'title' ? meta.title : (labels[key] ?? m)));
  theme.header = fill(theme.header);
  theme.footer = fill(theme.footer);
  const author = f.orgs(plan.data.leadAgency)[0] ?? (typeof asObject(plan.data.adoption)?.by === 'string' ? String(asObject(plan.data.adoption)!.by) : undefined);
  const document: Document = {
    meta: {
      title: meta.title,
      subject: meta.subject,
      ...(author ? { author } : {}),
      keywords: ['UNSCR 1325', ...meta.keywords],
      language: f.language,
      date: documentDate(env, plan),
    },
    blocks,
  };
  return { document, theme, diagnostics };
}

/** The Document in every format, each file's bytes in parts (`FileParts`). */
export async function writeFormats(document: Document, theme: Theme, formats: readonly Format[]): Promise<{ format: Format; bytes: FileParts }[]> {
  const out: { format: Format; bytes: FileParts }[] = [];
  for (const format of formats) out.push({ format, bytes: await allParts((await writers[format]())(document, theme)) });
  return out;
}

/** SOURCE_DATE_EPOCH, else the plan's adoption date, else a fixed date: never the clock, so output is reproducible. */
function documentDate(env: Env, plan: Plan): Date {
  if (env.vars.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(env.vars.SOURCE_DATE_EPOCH)) return env.now();
  const adopted = spanOf(asObject(plan.data.adoption)?.date);
  return adopted ? new Date(adopted.first * 86_400_000) : FIXED_DATE;
}

/** Images resolve in the template folder, or with `plan:` in the plan's folder; never outside them. */
function imagesFrom(templateDir: string, planDir: string): ImageSource {
  return (src) => {
    const [dir, name] = src.startsWith('plan:') ? [planDir, src.slice(5)] : [templateDir, src];
    const path = resolve(dir, name);
    if (!inside(dir, path)) return `the image ${src} is outside the ${src.startsWith('plan:') ? "plan's" : "template's"} folder`;
    let data: Uint8Array;
    try {
      data = readFileSync(path);
    } catch {
      return `the image ${src} does not exist`;
    }
    if (data[0] === 0x89 && data[1] === 0x50) return { data, format: 'png' };
    if (data[0] === 0xff && data[1] === 0xd8) return { data, format: 'jpeg' };
    return `the image ${src} is not PNG or JPEG`;
  };
}
