// A checked file as plain data, so it can cross a worker thread or sit in the cache, and back.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FoundFile } from '../load/discover.js';
import { Plan, type PlanKind, type PlanObject } from '../load/plan.js';
import { Source } from '../load/source.js';
import type { WorkspaceFile } from './workspace.js';

export interface FileResult {
  found: FoundFile;
  /** The text (BOM removed); absent when the file could not be read or decoded. */
  text?: string;
  plan?: { kind: PlanKind; id: string; data: PlanObject };
  /** Load diagnostics and the plan's own checks. */
  own: Diagnostic[];
}

export function toResult(file: WorkspaceFile): FileResult {
  return {
    found: file.found,
    ...(file.source ? { text: file.source.text } : {}),
    ...(file.plan ? { plan: { kind: file.plan.kind, id: file.plan.id, data: file.plan.data } } : {}),
    own: file.own,
  };
}

/** The plan comes back without its YAML document: it is parsed again only if a problem must be located in it. */
export function fromResult(result: FileResult): WorkspaceFile {
  const source = result.text !== undefined ? new Source(result.found.path, result.found.file, result.text) : undefined;
  const plan = source && result.plan ? new Plan(result.plan.kind, result.plan.id, result.plan.data, source) : undefined;
  return {
    found: result.found,
    ...(source ? { source } : {}),
    ...(plan ? { plan } : {}),
    diagnostics: result.own,
    own: result.own,
  };
}
