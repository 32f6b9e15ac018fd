// Plan → its own diagnostics: the JSON Schema of its kind, then every single-plan check.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../load/plan.js';
import { planChecks } from './checks/index.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { quickValidatorFor } from './quick-validators.js';
import { validatorFor } from './schemas.js';

export function validatePlan(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Most plans are valid: the precompiled check spares compiling the schemas; a failure is explained by the full validator.
  const quick = quickValidatorFor(plan.kind);
  if (!quick || !quick(plan.data)) {
    const validate = validatorFor(plan.kind);
    if (validate && !validate(plan.data)) out.push(...schemaDiagnostics(plan, validate.errors ?? []));
  }
  for (const check of planChecks) out.push(...check(plan));
  return out;
}
