// The registry of checks across the workspace, run in this order.
import type { WorkspaceCheck } from './check.js';
import { duplicatePlanIds } from './duplicate-plan-ids.js';
import { notLocalized } from './not-localized.js';
import { parents } from './parents.js';
import { references } from './references.js';
import { reports } from './reports.js';

export const workspaceChecks: readonly WorkspaceCheck[] = [duplicatePlanIds, parents, references, notLocalized, reports];
