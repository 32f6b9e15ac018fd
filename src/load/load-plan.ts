// Source text → Plan: YAML parsing, the header checks (`wpsplan`, `kind`) and unquoted decimal ids.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { PLAN_KINDS, Plan, type PlanKind, type PlanObject } from './plan.js';
import type { Source } from './source.js';
import { readData } from './read-data.js';

export interface Loaded {
  /** Present when the file is a plan whose header could be read. */
  plan?: Plan;
  diagnostics: Diagnostic[];
}

export function loadPlan(source: Source): Loaded {
  const read = readData(source);
  if ('diagnostics' in read) return read;
  const { doc, data, decimalIds } = read;

  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('wpsplan' in data)) {
    const what = data === null ? 'the file is empty' : Array.isArray(data) ? 'the file holds a list, not a mapping' : typeof data !== 'object' ? 'the file holds a single value, not a mapping' : 'the file has no `wpsplan` key';
    return {
      diagnostics: [
        diagnostic('load/not-a-plan', {
          file: source.file,
          message: `not a plan file: ${what}`,
          range: source.rangeAt(0, 0),
          hint: 'a plan file starts with `wpsplan: 1` and `kind: NationalActionPlan`, `LocalActionPlan` or `ProgressReport`',
        }),
      ],
    };
  }

  const object = data as PlanObject;
  const provisional = new Plan('NationalActionPlan', '', object, source, doc);
  if (object.wpsplan !== 1) {
    return {
      diagnostics: [
        diagnostic('load/unsupported-version', {
          ...provisional.where(['wpsplan']),
          message: `unsupported format version ${JSON.stringify(object.wpsplan)}; this wpsplan reads version 1`,
          hint: 'write `wpsplan: 1` (a number, without quotes)',
        }),
      ],
    };
  }

  const kind = object.kind;
  if (typeof kind !== 'string' || !(PLAN_KINDS as readonly string[]).includes(kind)) {
    const suggestion = typeof kind === 'string' ? closest(kind, PLAN_KINDS) : undefined;
    return {
      diagnostics: [
        diagnostic('load/unknown-kind', {
          ...provisional.where(kind === undefined ? [] : ['kind'], kind === undefined ? 'mapping' : 'value'),
          message: kind === undefined ? 'the plan has no `kind`' : `unknown kind ${JSON.stringify(kind)}`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `kind is one of ${PLAN_KINDS.join(', ')}`,
        }),
      ],
    };
  }

  const plan = new Plan(kind as PlanKind, typeof object.id === 'string' ? object.id : '', object, source, doc);
  const decimals = decimalIds.map(({ path, isKey, source: text }) =>
    diagnostic('plan/unquoted-decimal-id', {
      ...plan.where(path, isKey ? 'key' : 'value'),
      message: `the ${isKey || path[path.length - 1] === 'id' ? 'id' : 'reference'} ${text} is written as an unquoted decimal number`,
      hint: `put it in quotes ("${text}"): unquoted, YAML reads it as a number, and a number can change (1.10 becomes 1.1)`,
    }),
  );
  return { plan, diagnostics: decimals };
}
