// The build's precompiled validators: answer "valid or not" without compiling the schemas at run time.
import { createRequire } from 'node:module';
import type { SchemaKey } from './schemas.js';

type Quick = (data: unknown) => boolean;

let loaded: Partial<Record<SchemaKey, Quick>> | null | undefined;

/** undefined when the build has not produced them (running from the sources, as tests do). */
export function quickValidatorFor(kind: SchemaKey): Quick | undefined {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('./precompiled-validators.cjs') as Partial<Record<SchemaKey, Quick>>;
    } catch {
      loaded = null;
    }
  }
  return loaded?.[kind];
}
