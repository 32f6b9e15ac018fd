// xref/not-localized: a national action that no local plan of that NAP in the workspace localizes.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { describe } from '../../validate/elements.js';
import { localizationsOf } from '../../workspace/localizations.js';
import type { Workspace } from '../../workspace/workspace.js';

export function notLocalized(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const nap of ws.plans) {
    if (nap.kind !== 'NationalActionPlan' || ws.plan(nap.id) !== nap) continue;
    const laps = ws.lapsOf(nap);
    if (laps.length === 0) continue;
    for (const [action, localizations] of localizationsOf(ws, nap)) {
      if (localizations.length > 0) continue;
      out.push(
        diagnostic('xref/not-localized', {
          ...nap.where([...action.path, 'id']),
          message: `${describe(action)} is not localized by ${laps.length === 1 ? 'the local plan' : `any of the ${laps.length} local plans`} checked`,
          hint: `a local action localizes it with \`implements: ["${action.id ?? ''}"]\`, or by implementing its outcome or objective`,
        }),
      );
    }
  }
  return out;
}
