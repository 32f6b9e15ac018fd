// The shape of a single-plan check.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';

export type PlanCheck = (plan: Plan) => Diagnostic[];
