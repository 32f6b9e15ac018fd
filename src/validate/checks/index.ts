// The registry of single-plan checks, run in this order on every plan.
import { actions } from './actions.js';
import { calendarDates } from './calendar-dates.js';
import type { PlanCheck } from './check.js';
import { concerns } from './concerns.js';
import { duplicateIds } from './duplicate-ids.js';
import { indicators } from './indicators.js';
import { isoCodes } from './iso-codes.js';
import { organisationReferences } from './organisation-references.js';
import { periods } from './periods.js';
import { pillarReferences } from './pillar-references.js';
import { resolutions } from './resolutions.js';

export const planChecks: readonly PlanCheck[] = [
  duplicateIds,
  calendarDates,
  periods,
  pillarReferences,
  organisationReferences,
  concerns,
  isoCodes,
  resolutions,
  indicators,
  actions,
];
