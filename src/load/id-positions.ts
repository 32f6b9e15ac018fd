// Which places of a plan hold ids or references: their unquoted numbers are read as source text.

/** Keys whose scalar values (or list items) are ids or references. */
export const ID_KEYS: ReadonlySet<string> = new Set([
  'id', 'parent', 'plan', 'pillar', 'pillars', 'canonical', 'implements', 'addresses', 'contributesTo',
  'lead', 'partners', 'leadAgency', 'chair', 'members',
  // A config waiver's element id.
  'element',
]);

/** Top-level mappings whose keys are ids: the organisation registry and a report's action and indicator keys. */
export const ID_KEYED_MAPS: ReadonlySet<string> = new Set(['organisations', 'actions', 'indicators']);

const INTEGER = /^[-+]?(0|[1-9][0-9]*|0[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** True when YAML's core schema reads this plain-scalar source as an integer (not a float). */
export function isIntegerSource(source: string): boolean {
  return INTEGER.test(source);
}
