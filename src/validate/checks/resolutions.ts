// plan/non-wps-resolution: a resolution outside the ten Women, Peace and Security resolutions.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import { WPS_RESOLUTION_NUMBERS } from '../../data/resolutions.js';
import { asArray } from '../elements.js';

export function resolutions(plan: Plan): Diagnostic[] {
  return asArray(plan.data.resolutions).flatMap((value, i) =>
    typeof value === 'number' && !WPS_RESOLUTION_NUMBERS.has(value)
      ? [
          diagnostic('plan/non-wps-resolution', {
            ...plan.where(['resolutions', i]),
            message: `resolution ${value} is not one of the Women, Peace and Security resolutions`,
            hint: `the WPS resolutions are ${[...WPS_RESOLUTION_NUMBERS].join(', ')}; cite other frameworks under \`frameworks\``,
          }),
        ]
      : [],
  );
}
