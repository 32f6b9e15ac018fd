// schema/format: days of the right shape that the calendar does not have (2023-02-30).
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import type { DataPath } from '../../load/to-data.js';
import { isImpossibleDate } from '../dates.js';
import { asObject } from '../elements.js';

const DATE_KEYS = new Set(['date', 'start', 'end', 'asOf']);

export function calendarDates(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    const object = asObject(value);
    if (!object) return;
    for (const [key, child] of Object.entries(object)) {
      if (DATE_KEYS.has(key) && isImpossibleDate(child)) {
        out.push(
          diagnostic('schema/format', {
            ...plan.where([...path, key]),
            message: `${String(child)} is not a date in the calendar`,
            hint: 'check the day of the month (February has 28 days, 29 in leap years; April, June, September and November have 30)',
          }),
        );
      } else if (typeof child === 'object') {
        walk(child, [...path, key]);
      }
    }
  };
  walk(plan.data, []);
  return out;
}
