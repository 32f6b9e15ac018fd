// Workspace → the diagnostics of every cross-reference check.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../workspace/workspace.js';
import { workspaceChecks } from './checks/index.js';

export function checkWorkspace(ws: Workspace): Diagnostic[] {
  return workspaceChecks.flatMap((check) => check(ws));
}
