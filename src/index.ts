// The public API: the typed functions behind every command.
export { main } from './cli.js';
export { nodeEnv, type Env } from './env.js';
export { codes, type Code } from './diagnostics/codes.js';
export type { Diagnostic, Severity, Range, Position, Related } from './diagnostics/diagnostic.js';
export { discover } from './load/discover.js';
export { loadPlan } from './load/load-plan.js';
export { Plan, PLAN_KINDS, type PlanKind } from './load/plan.js';
export { Source } from './load/source.js';
export { validatePlan } from './validate/validate-plan.js';
export { validatePaths, validateCommand } from './commands/validate.js';
export { reporters } from './report/index.js';
