// A template folder: template.yaml, a Handlebars entry file, partials and locales; loaded, checked and compiled once.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import Handlebars from 'handlebars';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import { DEFAULT_THEME, type Theme } from '../document/theme.js';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import type { PlanKind } from '../load/plan.js';
import { localized } from '../intl.js';
import { Source } from '../load/source.js';
import { loadCheckedYaml } from '../validate/load-checked-yaml.js';
import { helpers, type Formatting } from './helpers.js';
import { isFolder } from './template-dir.js';

/** Every element document HTML allows, by where it may stand. */
export const DOCUMENT_ELEMENTS: ReadonlySet<string> = new Set([
  'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td',
  'strong', 'b', 'em', 'i', 'a', 'br', 'img', 'section', 'page-break', 'toc', 'span', 'code', 'chart',
]);

export interface Template {
  dir: string;
  name: string;
  kinds: PlanKind[];
  /** What it renders: one plan, the coverage report of a national plan, a progress report, or a national roll-up. */
  view: 'plan' | 'coverage' | 'report' | 'rollup';
  theme: Theme;
  /** Languages with a locale file. */
  languages: string[];
  /** The labels for a language (English where it lacks one), and the info saying so. */
  labels(language: string): { labels: Record<string, string>; diagnostics: Diagnostic[] };
  /** Runs the entry file on a view; problems are template/* diagnostics at the template file and line. */
  render(view: object, labels: Record<string, string>, formatting: Formatting): { html?: string; diagnostics: Diagnostic[] };
}

interface TemplateFile {
  path: string;
  source: Source;
}

export interface LoadedTemplate {
  template?: Template;
  diagnostics: Diagnostic[];
  /** The template's files by display path, for code frames. */
  sources: Map<string, Source>;
}

export async function loadTemplate(env: Env, dir: string): Promise<LoadedTemplate> {
  const manifest = await loadCheckedYaml(env, join(dir, 'template.yaml'), 'template');
  const sources = new Map<string, Source>();
  if (manifest.source) sources.set(manifest.source.file, manifest.source);
  if (manifest.diagnostics.length > 0) return { diagnostics: manifest.diagnostics, sources };
  const data = manifest.data as { name: string; kinds: PlanKind[]; view?: 'plan' | 'coverage' | 'report' | 'rollup'; entry: string; theme?: Record<string, unknown> };
  const diagnostics: Diagnostic[] = [];

  const read = (path: string): TemplateFile => {
    const source = new Source(path, displayPath(env, path), readFileSync(path, 'utf8'));
    sources.set(source.file, source);
    return { path, source };
  };
  const entryPath = resolve(dir, data.entry);
  if (!inside(dir, entryPath)) {
    return { diagnostics: [diagnostic('template/unknown-partial', { file: displayPath(env, join(dir, 'template.yaml')), message: `the entry ${data.entry} is outside the template folder`, hint: 'name a file inside the template folder' })], sources };
  }
  const entry = read(entryPath);
  const partialsDir = join(dir, 'partials');
  const partials = isFolder(partialsDir) ? readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort().map((f) => read(join(partialsDir, f))) : [];

  const hb = Handlebars.create();
  const known = Object.fromEntries([...Object.keys(helpers({ language: 'en' })), 't'].map((name) => [name, true]));
  const options = { strict: true, knownHelpersOnly: true, knownHelpers: known, noEscape: false };
  const compiled = new Map<TemplateFile, HandlebarsTemplateDelegate>();
  for (const file of [entry, ...partials]) {
    diagnostics.push(...elementProblems(file));
    try {
      hb.precompile(file.source.text, options);
      compiled.set(file, hb.compile(file.source.text, options));
    } catch (error) {
      diagnostics.push(templateDiagnostic(error, file));
    }
  }

  // A partial's errors are told at the partial's own file: each is compiled apart and tags what it throws.
  for (const file of partials) {
    const fn = compiled.get(file);
    if (!fn) continue;
    hb.registerPartial(basename(file.path, '.hbs'), ((context: unknown, opts?: Handlebars.RuntimeOptions) => {
      try {
        return fn(context, opts);
      } catch (error) {
        throw tagged(error, file);
      }
    }) as unknown as HandlebarsTemplateDelegate);
  }

  const localesDir = join(dir, 'locales');
  const locales = new Map<string, Record<string, string>>();
  if (isFolder(localesDir)) {
    for (const f of readdirSync(localesDir).filter((f) => f.endsWith('.yaml')).sort()) {
      const locale = await loadCheckedYaml(env, join(localesDir, f), 'locale');
      diagnostics.push(...locale.diagnostics);
      locales.set(basename(f, '.yaml'), locale.data as Record<string, string>);
    }
  }
  const english = locales.get('en') ?? {};
  const entryFn = compiled.get(entry);
  if (diagnostics.length > 0 || !entryFn) return { diagnostics, sources };

  const template: Template = {
    dir,
    name: data.name,
    kinds: data.kinds,
    view: data.view ?? 'plan',
    theme: themeOf(data.theme),
    languages: [...locales.keys()],
    labels(language) {
      const own = locales.get(language) ?? locales.get(language.split('-')[0]!) ?? {};
      const missing = Object.keys(english).filter((key) => !(key in own) && !PLURAL_FORM.test(key));
      const diagnostics: Diagnostic[] = [];
      if (!language.startsWith('en') && missing.length > 0) {
        const has = locales.has(language) || locales.has(language.split('-')[0]!);
        diagnostics.push(
          diagnostic('template/missing-labels', {
            file: displayPath(env, join(localesDir, `${language}.yaml`)),
            message: `${missing.length} label${missing.length === 1 ? '' : 's'} of template ${data.name} ${has ? 'are missing in' : 'have no locale for'} "${language}"; English is used for ${missing.length === 1 ? 'it' : 'them'}`,
            hint: `add ${has ? 'them' : `locales/${language}.yaml`} to the template: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ' …' : ''}`,
          }),
        );
      }
      // A language's plural forms go with its own label: English's would put English words into its text.
      const fallback = Object.fromEntries(Object.entries(english).filter(([key]) => !(PLURAL_FORM.test(key) && key.replace(PLURAL_FORM, '') in own)));
      return { labels: { ...fallback, ...own }, diagnostics };
    },
    render(view, labels, formatting) {
      for (const [name, fn] of Object.entries(helpers(formatting))) hb.registerHelper(name, fn);
      const plural = localized('plural', formatting.language, (l) => new Intl.PluralRules(l));
      // {{t "key" name=value}} fills the label's {name} placeholders; one without a value stays as written.
      // With count=n, the label's plural form for n (`key.plural.one`, `.few`, `.many`, `.other`) is used where the locale has one.
      hb.registerHelper('t', (key: unknown, options: { hash?: Record<string, unknown> }) => {
        if (typeof key !== 'string' || !(key in labels)) throw new Error(`LABEL:${String(key)}`);
        const hash = options?.hash ?? {};
        const form = typeof hash.count === 'number' ? labels[`${key}.plural.${plural.select(hash.count)}`] : undefined;
        return (form ?? labels[key]!).replace(/\{(\w+)\}/g, (whole, name: string) => (hash[name] === undefined || hash[name] === null ? whole : String(hash[name])));
      });
      try {
        return { html: entryFn(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }), diagnostics: [] };
      } catch (error) {
        return { diagnostics: [templateDiagnostic(error, (error as { wpsplanFile?: TemplateFile }).wpsplanFile ?? entry)] };
      }
    },
  };
  return { template, diagnostics, sources };
}

/** A plural form of a label: `localPlans.plural.one`. */
const PLURAL_FORM = /\.plural\.(zero|one|two|few|many|other)$/;

function tagged(error: unknown, file: TemplateFile): unknown {
  if (error && typeof error === 'object' && !('wpsplanFile' in error)) Object.assign(error, { wpsplanFile: file });
  return error;
}

/** Handlebars errors carry their line as "… - 12:4", "Parse error on line 3:" or lineNumber/column. */
function templateDiagnostic(error: unknown, file: TemplateFile): Diagnostic {
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const message = e.message ?? String(error);
  const at = /- (\d+):(\d+)\s*$/.exec(message) ?? /on line (\d+)/.exec(message);
  const line = e.lineNumber ?? (at ? Number(at[1]) : undefined);
  const column = (e.column ?? (at?.[2] !== undefined ? Number(at[2]) : 0)) + 1;
  const range = line ? { start: { line, column }, end: { line, column: column + 1 } } : undefined;
  const where = { file: file.source.file, ...(range ? { range } : {}) };
  const label = /^LABEL:(.*)$/.exec(message);
  const classify = (code: Code, text: string, hint: string): Diagnostic => diagnostic(code, { ...where, message: text, hint });
  if (label) return classify('template/unknown-label', `the label "${label[1]}" is not in the template's locales/en.yaml`, 'add the label to locales/en.yaml (and to the other locales)');
  const field = /^"([^"]+)" not defined in/.exec(message);
  if (field) return classify('template/missing-field', `the field "${field[1]}" is not in the document data`, 'check the name against the view model in the template docs, or guard it with {{#if …}}');
  const helper = /unknown helper ([\w-]+)/i.exec(message) ?? /Missing helper: "?([\w-]+)/.exec(message);
  if (helper) return classify('template/unknown-helper', `the helper "${helper[1]}" does not exist`, 'use one of the helpers listed in the template docs');
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (partial) {
    // Handlebars does not say where: the first `{{> name` in the file is the place.
    const at = file.source.text.search(new RegExp(`\\{\\{~?>\\s*${partial[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    return diagnostic('template/unknown-partial', {
      file: file.source.file,
      ...(at >= 0 ? { range: file.source.rangeAt(at, at + 3 + partial[1]!.length) } : {}),
      message: `the partial "${partial[1]}" is not in the template's partials folder`,
      hint: 'partials are the .hbs files of the partials folder, named without .hbs',
    });
  }
  return classify('template/syntax', message.split('\n')[0]!.replace(/^Parse error on line \d+:?\s*/, 'not valid Handlebars: ') || 'not valid Handlebars', 'check the braces {{ }} and that every {{#block}} has its {{/block}}');
}

/** Elements outside document HTML, found in the template text itself so the file and line are exact. */
function elementProblems(file: TemplateFile): Diagnostic[] {
  // Mustaches are blanked out (same length) so their content is not read as markup and offsets stay right.
  const text = file.source.text.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' '));
  const out: Diagnostic[] = [];
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      if (!DOCUMENT_ELEMENTS.has(element.name)) {
        const start = element.startIndex ?? 0;
        out.push(
          diagnostic('template/unknown-element', {
            file: file.source.file,
            range: file.source.rangeAt(start, start + element.name.length + 1),
            message: `<${element.name}> is not part of document HTML`,
            hint: 'use headings, paragraphs, lists, tables, strong, em, a, br, img, section, page-break and toc',
          }),
        );
      }
      walk(element.children);
    }
  };
  walk(parseDocument(text, { withStartIndices: true, recognizeSelfClosing: true }).children);
  return out;
}

export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function themeOf(overrides: Record<string, unknown> | undefined): Theme {
  const o = (overrides ?? {}) as Partial<Record<keyof Theme, Record<string, unknown> | string>>;
  const page = (o.page ?? {}) as Partial<Theme['page']>;
  return {
    page: { size: page.size ?? DEFAULT_THEME.page.size, margins: { ...DEFAULT_THEME.page.margins, ...(page.margins ?? {}) } },
    fonts: { ...DEFAULT_THEME.fonts, ...((o.fonts as object) ?? {}) },
    sizes: { ...DEFAULT_THEME.sizes, ...((o.sizes as object) ?? {}) },
    colors: { ...DEFAULT_THEME.colors, ...((o.colors as object) ?? {}) },
    header: typeof o.header === 'string' ? o.header : DEFAULT_THEME.header,
    footer: typeof o.footer === 'string' ? o.footer : DEFAULT_THEME.footer,
  };
}
