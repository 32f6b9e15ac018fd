// Progress reports against their plans: unknown plan and keys, period, unreported actions and indicators, value kinds, duplicates.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import { actionsDue, indicatorsDue } from '../../progress/due.js';
import { isInside, isReversed, type Span } from '../../validate/dates.js';
import { asObject, describe, elementsOfKind } from '../../validate/elements.js';
import { planPeriod } from '../../validate/checks/periods.js';
import type { Workspace } from '../../workspace/workspace.js';

export function reports(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = ws.plans.filter((p) => p.kind === 'ProgressReport');
  for (const report of all) {
    const planId = typeof report.data.plan === 'string' ? report.data.plan : undefined;
    if (!planId) continue;
    const plan = ws.plan(planId);
    if (!plan) {
      const suggestion = closest(planId, ws.planIds());
      out.push(
        diagnostic('xref/unknown-plan', {
          ...report.where(['plan']),
          message: `the report is about the plan "${planId}", which is not among the plans checked`,
          hint: suggestion ? `did you mean "${suggestion}"?` : "name the plan's file too, or keep the report in the plan's folder",
        }),
      );
      continue;
    }
    out.push(...keys(report, plan, 'actions'), ...keys(report, plan, 'indicators'), ...values(report, plan));
    const span = planPeriod(report);
    const planSpan = planPeriod(plan);
    if (span && planSpan && !isReversed(span) && !isReversed(planSpan) && !isInside(span, planSpan)) {
      out.push(
        diagnostic('report/period-outside-plan', {
          ...report.where(['period'], 'node'),
          message: `the reporting period is not inside the period of ${plan.id}`,
          hint: 'check the years: a report covers part of its plan\'s period',
          related: [plan.relatedAt(['period'], "the plan's period")],
        }),
      );
    }
    if (span && !isReversed(span)) out.push(...unreported(all, report, plan, span));
  }
  out.push(...duplicates(all));
  return out;
}

/** Every key of a report's `actions` or `indicators` names an action or indicator of the plan. */
function keys(report: Plan, plan: Plan, field: 'actions' | 'indicators'): Diagnostic[] {
  const map = asObject(report.data[field]);
  if (!map) return [];
  const wanted = field === 'actions' ? 'action' : 'indicator';
  const ids = elementsOfKind(plan, wanted).flatMap((e) => (e.id === undefined ? [] : [e.id]));
  const out: Diagnostic[] = [];
  for (const key of Object.keys(map)) {
    if (key.startsWith('x-') || ids.includes(key.normalize('NFC'))) continue;
    const other = elementsOfKind(plan, 'objective', 'outcome', 'action', 'indicator').find((e) => e.id === key);
    if (other) {
      out.push(
        diagnostic('xref/wrong-target-kind', {
          ...report.where([field, key], 'key'),
          message: `"${key}" is an ${other.kind} of ${plan.id}, but \`${field}\` lists ${wanted}s`,
          hint: field === 'actions' ? 'report each action of the objective or outcome' : 'report indicators under `indicators`',
          related: [plan.relatedAt([...other.path, 'id'], `${describe(other)} is defined here`)],
        }),
      );
      continue;
    }
    const suggestion = closest(key, ids);
    out.push(
      diagnostic('xref/unknown-reference', {
        ...report.where([field, key], 'key'),
        message: `"${key}" is not an ${wanted} of ${plan.id}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `check the id against ${plan.file}`,
        related: [plan.relatedAt(['id'], `the plan ${plan.id} is declared here`)],
      }),
    );
  }
  return out;
}

/** report/value-kind: numbers for number and percentage indicators (0–100), text for qualitative ones. */
function values(report: Plan, plan: Plan): Diagnostic[] {
  const map = asObject(report.data.indicators) ?? {};
  const out: Diagnostic[] = [];
  for (const indicator of elementsOfKind(plan, 'indicator')) {
    const entry = asObject(indicator.id === undefined ? undefined : map[indicator.id]);
    if (!entry || entry.value === undefined) continue;
    const measure = typeof indicator.data.measure === 'string' ? indicator.data.measure : 'number';
    const value = entry.value;
    // Locating reads the plans' YAML trees, so it waits until there is something to report.
    const where = () => ({
      ...report.where(['indicators', indicator.id!, 'value']),
      related: [plan.relatedAt([...indicator.path, 'id'], `${describe(indicator)} is defined here`)],
    });
    if (measure === 'qualitative' && typeof value !== 'string') {
      out.push(diagnostic('report/value-kind', { ...where(), message: `${describe(indicator)} is qualitative: its value must be text, not a number`, hint: 'describe the state in words' }));
    } else if (measure !== 'qualitative' && typeof value !== 'number') {
      const quoted = typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim());
      out.push(
        diagnostic('report/value-kind', {
          ...where(),
          message: `${describe(indicator)} is measured as a ${measure}: its value must be a number, not text`,
          hint: quoted ? 'remove the quotes around the number (and write decimals with a point: 12.5)' : 'write the number, or explain in `note` and leave `value` out',
        }),
      );
    } else if (measure === 'percentage' && typeof value === 'number' && (value < 0 || value > 100)) {
      out.push(diagnostic('report/value-kind', { ...where(), message: `${value} is not a percentage between 0 and 100 (${describe(indicator)})`, hint: 'write percentages as numbers from 0 to 100: 35 for 35 %' }));
    }
  }
  return out;
}

/** Actions due in the period without a status, and periodic indicators with a target but no value. */
function unreported(all: Plan[], report: Plan, plan: Plan, span: Span): Diagnostic[] {
  const out: Diagnostic[] = [];
  const actions = asObject(report.data.actions) ?? {};
  const indicators = asObject(report.data.indicators) ?? {};
  const where = (field: 'actions' | 'indicators'): ReturnType<Plan['where']> => (report.data[field] !== undefined ? report.where([field], 'key') : report.where(['id']));
  for (const action of actionsDue(plan, span, all.filter((r) => r !== report))) {
    if (action.id! in actions) continue;
    out.push(
      diagnostic('report/unreported-action', {
        ...where('actions'),
        message: `${describe(action)} of ${plan.id} is due in this period but has no status in the report`,
        hint: `add \`"${action.id}": { status: … }\` under \`actions\` (not-started, ongoing, completed, delayed or cancelled)`,
        related: [plan.relatedAt([...action.path, 'id'], `${describe(action)} is defined here`)],
      }),
    );
  }
  for (const indicator of indicatorsDue(plan)) {
    if (indicator.id! in indicators) continue;
    out.push(
      diagnostic('report/unreported-indicator', {
        ...where('indicators'),
        message: `${describe(indicator)} of ${plan.id} has a target but no value in the report`,
        hint: `add \`"${indicator.id}": { value: … }\` under \`indicators\`, or a \`note\` saying why there is none`,
        related: [plan.relatedAt([...indicator.path, 'id'], `${describe(indicator)} is defined here`)],
      }),
    );
  }
  return out;
}

/** report/duplicate: a second report of the same plan and period, on the later file. */
function duplicates(all: Plan[]): Diagnostic[] {
  const seen = new Map<string, Plan>();
  const out: Diagnostic[] = [];
  for (const report of all) {
    const period = asObject(report.data.period);
    if (typeof report.data.plan !== 'string' || !period) continue;
    const key = `${report.data.plan}\u0000${String(period.start)}\u0000${String(period.end)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, report);
      continue;
    }
    out.push(
      diagnostic('report/duplicate', {
        ...report.where(['period'], 'node'),
        message: `${first.file} already reports on ${String(report.data.plan)} for this period`,
        hint: 'keep one report per plan and period: merge them, or correct the period',
        related: [first.relatedAt(['period'], 'the other report of this period')],
      }),
    );
  }
  return out;
}
