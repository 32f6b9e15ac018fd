// Found files → loaded plans with the diagnostics of loading and of their own checks.
import type { Env } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { loadFile } from '../load/load-files.js';
import { readSource } from '../load/read-source.js';
import { validatePlan } from '../validate/validate-plan.js';
import type { WorkspaceFile } from './workspace.js';

/** Up to this many files, syntax trees are kept: locating a later problem then needs no second parse. */
const KEEP_DOCUMENTS = 40;

/** Files being read while an earlier one is checked, so that checking does not wait for the disk between files. */
const READ_AHEAD = 16;

/**
 * One file at a time, the next ones read meanwhile. In a large run each plan lets go of its YAML document once
 * checked: syntax trees are many times the size of the text, so keeping a thousand of them costs more in garbage
 * collection than parsing again the few files a later problem must be located in.
 */
export async function checkFiles(env: Env, files: readonly FoundFile[]): Promise<WorkspaceFile[]> {
  const out: WorkspaceFile[] = [];
  const release = files.length > KEEP_DOCUMENTS;
  const reads = new Map<number, ReturnType<typeof readSource>>();
  let next = 0;
  for (const [i, found] of files.entries()) {
    for (; next < files.length && next <= i + READ_AHEAD; next++) reads.set(next, readSource(env, files[next]!));
    const file = loadFile(found, await reads.get(i)!);
    reads.delete(i);
    const own = [...file.diagnostics, ...(file.plan ? validatePlan(file.plan) : [])];
    if (release) file.plan?.releaseDocument();
    out.push({ ...file, own });
  }
  return out;
}
