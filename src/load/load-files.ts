// A found file, once read → its loaded plan and load diagnostics.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FoundFile } from './discover.js';
import { loadPlan } from './load-plan.js';
import type { Plan } from './plan.js';
import { Source } from './source.js';

export interface LoadedFile {
  found: FoundFile;
  source?: Source;
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Loads one file from what reading it gave (`readSource`): parses it and checks its header. */
export function loadFile(found: FoundFile, read: Source | Diagnostic): LoadedFile {
  if (!(read instanceof Source)) return { found, diagnostics: [read] };
  const { plan, diagnostics } = loadPlan(read);
  return { found, source: read, diagnostics, ...(plan ? { plan } : {}) };
}
