// Found files → loaded plans with the diagnostics of loading and of their own checks.
import type { Env } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { loadFile } from '../load/load-files.js';
import { validatePlan } from '../validate/validate-plan.js';
import type { WorkspaceFile } from './workspace.js';

/**
 * One file at a time, and each plan lets go of its YAML document once checked: syntax trees are
 * many times the size of the text, so keeping a thousand of them costs more in garbage collection
 * than parsing again the few files a later problem must be located in.
 */
export async function checkFiles(env: Env, files: readonly FoundFile[]): Promise<WorkspaceFile[]> {
  const out: WorkspaceFile[] = [];
  for (const found of files) {
    const file = await loadFile(env, found);
    const own = [...file.diagnostics, ...(file.plan ? validatePlan(file.plan) : [])];
    file.plan?.releaseDocument();
    out.push({ ...file, own });
  }
  return out;
}
