// A found file → its loaded plan and load diagnostics.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import type { FoundFile } from './discover.js';
import { loadPlan } from './load-plan.js';
import type { Plan } from './plan.js';
import { readSource } from './read-source.js';
import { Source } from './source.js';

export interface LoadedFile {
  found: FoundFile;
  source?: Source;
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Loads one file: reads, decodes and parses it, and checks its header. */
export async function loadFile(env: Env, found: FoundFile): Promise<LoadedFile> {
  const source = await readSource(env, found);
  if (!(source instanceof Source)) return { found, diagnostics: [source] };
  const { plan, diagnostics } = loadPlan(source);
  return { found, source, diagnostics, ...(plan ? { plan } : {}) };
}
