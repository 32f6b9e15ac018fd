// plan/unknown-code: country and currency codes of the right shape that ISO does not list.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import type { DataPath } from '../../load/to-data.js';
import { countryCodes, currencyCodes } from '../../data/iso-codes.js';
import { asObject } from '../elements.js';

export function isoCodes(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (value: unknown, path: DataPath, list: ReadonlySet<string>, what: string, shape: RegExp): void => {
    if (typeof value !== 'string' || !shape.test(value) || list.has(value)) return;
    const suggestion = closest(value, list);
    out.push(
      diagnostic('plan/unknown-code', {
        ...plan.where(path),
        message: `"${value}" is not an ISO ${what} code`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `use the ISO ${what} code`,
      }),
    );
  };
  const country = (value: unknown, path: DataPath): void => check(value, path, countryCodes, '3166-1 alpha-2 country', /^[A-Z]{2}$/);
  country(plan.data.country, ['country']);
  country(asObject(plan.data.locality)?.country, ['locality', 'country']);
  walkCurrencies(plan.data, [], (value, path) => check(value, path, currencyCodes, '4217 currency', /^[A-Z]{3}$/));
  return out;
}

/** Every `currency` value anywhere in the plan (budgets, money lines, report spending). */
function walkCurrencies(value: unknown, path: DataPath, visit: (value: unknown, path: DataPath) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkCurrencies(item, [...path, i], visit));
    return;
  }
  const object = asObject(value);
  if (!object) return;
  for (const [key, child] of Object.entries(object)) {
    if (key === 'currency') visit(child, [...path, key]);
    else if (typeof child === 'object') walkCurrencies(child, [...path, key], visit);
  }
}
