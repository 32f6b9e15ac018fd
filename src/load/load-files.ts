// Found files → loaded plans and their load diagnostics, in file order.
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

export async function loadFiles(env: Env, files: readonly FoundFile[]): Promise<LoadedFile[]> {
  return Promise.all(
    files.map(async (found): Promise<LoadedFile> => {
      const source = await readSource(env, found);
      if (!(source instanceof Source)) return { found, diagnostics: [source] };
      const { plan, diagnostics } = loadPlan(source);
      return { found, source, diagnostics, ...(plan ? { plan } : {}) };
    }),
  );
}
