// The config's policy over a run's diagnostics: rule severities, then waivers (with their own warnings when expired or unused).
import { codes, isCode } from '../diagnostics/codes.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { Plan } from '../load/plan.js';
import { spanOf } from './dates.js';
import type { Config, Waiver } from '../workspace/config.js';
import type { Workspace } from '../workspace/workspace.js';

/** Reading, YAML and schema problems leave a file unusable: their severity is not the config's to change. */
const FIXED = /^(load|io|yaml|schema)\//;

export interface Waived {
  diagnostic: Diagnostic;
  waiver: Waiver;
}

export interface Policy {
  diagnostics: Diagnostic[];
  waived: Waived[];
  /** Problems of the config itself: unknown codes, expired and unused waivers. */
  config: Diagnostic[];
}

export function applyConfig(config: Config | undefined, ws: Workspace, diagnostics: readonly Diagnostic[], today: Date): Policy {
  if (!config) return { diagnostics: [...diagnostics], waived: [], config: [] };
  const own: Diagnostic[] = [];
  const at = (path: (string | number)[], aim: 'key' | 'value' = 'value') => (config.file ? config.file.where(path, aim) : { file: config.path, path });
  const codeProblem = (code: string, path: (string | number)[], aim: 'key' | 'value'): boolean => {
    if (isCode(code) && !FIXED.test(code)) return false;
    const suggestion = closest(code, Object.keys(codes));
    own.push(
      diagnostic('config/unknown-code', {
        ...at(path, aim),
        message: isCode(code) ? `the severity of ${code} cannot be changed: such a file cannot be read as a plan` : `"${code}" is not a wpsplan diagnostic code`,
        hint: isCode(code) ? 'fix the file instead' : suggestion ? `did you mean "${suggestion}"?` : 'run `wpsplan explain` for the list of codes',
      }),
    );
    return true;
  };

  const rules = Object.entries(config.rules).filter(([code]) => !codeProblem(code, ['rules', code], 'key'));
  const severity = new Map(rules);
  let out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const rule = severity.get(d.code);
    if (rule === 'off') continue;
    out.push(rule ? { ...d, severity: rule } : d);
  }

  const day = Math.floor(today.getTime() / 86_400_000);
  const waived: Waived[] = [];
  for (const waiver of config.waivers) {
    if (codeProblem(waiver.code, ['waivers', waiver.index, 'code'], 'value')) continue;
    const last = waiver.until ? spanOf(waiver.until) : undefined;
    if (last && last.last < day) {
      own.push(
        diagnostic('config/waiver-expired', {
          ...at(['waivers', waiver.index, 'until']),
          message: `the waiver of ${waiver.code} on ${waiver.plan}${waiver.element ? ` ${waiver.element}` : ''} expired on ${waiver.until}`,
          hint: 'fix the finding, or renew the waiver with a new date and reason',
        }),
      );
      continue;
    }
    const plan = ws.plan(waiver.plan);
    const matches = plan ? out.filter((d) => d.code === waiver.code && d.file === plan.file && (!waiver.element || elementIdAt(plan, d.path) === waiver.element)) : [];
    if (matches.length === 0) {
      own.push(
        diagnostic('config/waiver-unused', {
          ...at(['waivers', waiver.index], 'key'),
          message: `the waiver of ${waiver.code} on ${waiver.plan}${waiver.element ? ` ${waiver.element}` : ''} matches no finding`,
          hint: plan ? 'the finding is gone: remove the waiver' : `no plan "${waiver.plan}" is among the plans checked: check the plan id`,
        }),
      );
      continue;
    }
    out = out.filter((d) => !matches.includes(d));
    waived.push(...matches.map((d) => ({ diagnostic: d, waiver })));
  }
  return { diagnostics: out, waived, config: own };
}

/** The id of the innermost element (objective, outcome, action, indicator, concern…) a data path lies in. */
export function elementIdAt(plan: Plan, path: readonly (string | number)[] | undefined): string | undefined {
  let value: unknown = plan.data;
  let id: string | undefined;
  for (const step of path ?? []) {
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined;
    const candidate = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).id : undefined;
    if (typeof candidate === 'string') id = candidate;
  }
  return id;
}
