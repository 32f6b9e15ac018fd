// A LAP against its parent: xref/unknown-plan, parent-not-national, country-mismatch, period-outside-parent, parent-superseded.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import { isInside, isReversed, overlaps } from '../../validate/dates.js';
import { asObject } from '../../validate/elements.js';
import { planPeriod } from '../../validate/checks/periods.js';
import type { Workspace } from '../../workspace/workspace.js';

const showPeriod = (plan: Plan): string => {
  const period = asObject(plan.data.period);
  return `${String(period?.start)}–${String(period?.end)}`;
};

export function parents(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const lap of ws.plans) {
    if (lap.kind !== 'LocalActionPlan' || typeof lap.data.parent !== 'string') continue;
    const parentId = lap.data.parent;
    const parent = ws.plan(parentId);
    if (!parent) {
      const suggestion = closest(parentId, ws.planIds());
      out.push(
        diagnostic('xref/unknown-plan', {
          ...lap.where(['parent']),
          message: `the parent plan "${parentId}" is not among the plans checked`,
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : "name the national plan's file too, or keep it in the same folder as this plan (wpsplan looks there), or list it in wpsplan.config.yaml `include`",
        }),
      );
      continue;
    }
    if (parent.kind !== 'NationalActionPlan') {
      out.push(
        diagnostic('xref/parent-not-national', {
          ...lap.where(['parent']),
          message: `the parent "${parentId}" is a ${parent.kind}, not a NationalActionPlan`,
          hint: "a local plan localizes a national plan: name the national plan's id (plans under a local plan are not part of format version 1)",
          related: [parent.relatedAt(['id'], `"${parentId}" is declared here`)],
        }),
      );
      continue;
    }
    const country = asObject(lap.data.locality)?.country;
    if (typeof country === 'string' && typeof parent.data.country === 'string' && country !== parent.data.country) {
      out.push(
        diagnostic('xref/country-mismatch', {
          ...lap.where(['locality', 'country']),
          message: `the locality is in ${country}, but the parent plan ${parentId} is for ${parent.data.country}`,
          hint: 'a local plan localizes the national plan of its own country: check `locality.country` and `parent`',
          related: [parent.relatedAt(['country'], "the parent plan's country")],
        }),
      );
    }
    const own = planPeriod(lap);
    const theirs = planPeriod(parent);
    if (own && theirs && !isReversed(own) && !isReversed(theirs) && !isInside(own, theirs)) {
      const overlapping = overlaps(own, theirs);
      out.push(
        diagnostic('xref/period-outside-parent', {
          ...lap.where(['period'], 'node'),
          severity: overlapping ? 'info' : 'warning',
          message: `the plan period ${showPeriod(lap)} ${overlapping ? 'is not inside' : 'does not overlap'} the period ${showPeriod(parent)} of its parent ${parentId}`,
          hint: overlapping
            ? 'fine when the national plan is expected to be renewed; otherwise align the periods'
            : 'a local plan carries out a national plan in force: check both periods, or name the national plan of that time',
          related: [parent.relatedAt(['period'], "the parent plan's period")],
        }),
      );
    }
    const status = lap.data.status ?? 'draft';
    if ((status === 'draft' || status === 'adopted') && parent.data.status === 'superseded') {
      out.push(
        diagnostic('xref/parent-superseded', {
          ...lap.where(['parent']),
          message: `the parent plan ${parentId} is superseded`,
          hint: 'localize the national plan now in force, or mark this plan `status: superseded` too',
          related: [parent.relatedAt(['status'], 'the parent plan is marked superseded here')],
        }),
      );
    }
  }
  return out;
}
