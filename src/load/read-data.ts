// YAML text → plain data: from js-yaml's events when the file allows, else through the yaml library and its diagnostics.
import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { eventData } from './event-data.js';
import { parseYaml } from './parse-yaml.js';
import type { Source } from './source.js';
import { toData, type PlanData } from './to-data.js';

/**
 * Most YAML files are read from js-yaml's events, without a yaml Document (parsed later, only if a problem must be
 * located); the rest, including every file with a syntax error, go through the yaml library and its diagnostics.
 */
export function readData(source: Source): (PlanData & { doc?: Document.Parsed }) | { diagnostics: Diagnostic[] } {
  const fast = eventData(source.text);
  if (fast) return fast;
  const { doc, diagnostics } = parseYaml(source);
  if (diagnostics.length > 0) return { diagnostics };
  return { doc, ...toData(doc, source.text) };
}
