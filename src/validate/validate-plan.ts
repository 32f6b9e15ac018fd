// Plan → its own diagnostics: the JSON Schema of its kind, then every single-plan check.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../load/plan.js';
import { planChecks } from './checks/index.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validatorFor } from './schemas.js';

export function validatePlan(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const validate = validatorFor(plan.kind);
  if (validate && !validate(plan.data)) out.push(...schemaDiagnostics(plan, validate.errors ?? []));
  for (const check of planChecks) out.push(...check(plan));
  return out;
}
