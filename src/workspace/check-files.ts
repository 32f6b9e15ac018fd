// Found files → loaded plans with the diagnostics of loading and of their own checks.
import type { Env } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { loadFiles } from '../load/load-files.js';
import { validatePlan } from '../validate/validate-plan.js';
import type { WorkspaceFile } from './workspace.js';

export async function checkFiles(env: Env, files: readonly FoundFile[]): Promise<WorkspaceFile[]> {
  const loaded = await loadFiles(env, files);
  return loaded.map((file) => ({ ...file, own: [...file.diagnostics, ...(file.plan ? validatePlan(file.plan) : [])] }));
}
