// The one funnel from raw ajv errors to diagnostics: one per problem, at the right node, with "did you mean".
import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import { closest } from '../diagnostics/suggest.js';
import type { PlanKind, YamlFile } from '../load/plan.js';
import type { DataPath } from '../load/to-data.js';
import { describeSchema, propertiesOf } from './schema-properties.js';
import { resolveRef, validatorAt } from './schemas.js';

/** Fields only a LocalActionPlan may have; named in the hint when a NAP uses one. */
const LAP_ONLY = new Set(['parent', 'locality', 'workingGroup', 'concerns', 'implements', 'addresses', 'contributesTo']);

const ELEMENT_LISTS: Record<string, string> = {
  objectives: 'objective',
  outcomes: 'outcome',
  actions: 'action',
  indicators: 'indicator',
  concerns: 'concern',
  risks: 'risk',
  pillars: 'pillar',
  milestones: 'milestone',
};

const CODES: Record<string, Code> = {
  required: 'schema/required',
  type: 'schema/type',
  enum: 'schema/enum',
  const: 'schema/const',
  pattern: 'schema/pattern',
  format: 'schema/format',
  additionalProperties: 'schema/additional-property',
  unevaluatedProperties: 'schema/additional-property',
  propertyNames: 'schema/property-name',
  minItems: 'schema/min-items',
  minLength: 'schema/min-length',
  maxLength: 'schema/max-length',
  minimum: 'schema/minimum',
  exclusiveMinimum: 'schema/minimum',
  maximum: 'schema/maximum',
  exclusiveMaximum: 'schema/maximum',
  uniqueItems: 'schema/unique-items',
};

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

/** An error kept by the funnel, with the schema that names what the value is (for anyOf branches). */
interface Kept {
  error: ErrorObject;
  about?: AnySchemaObject;
}

/** A plan, or the config file (which has no kind). */
type Checked = YamlFile & { kind?: PlanKind };

export function schemaDiagnostics(plan: Checked, errors: readonly ErrorObject[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const kept of pruneAlternatives(errors)) {
    const { error } = kept;
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.propertyName !== undefined) continue;
    const key = `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toDiagnostic(plan, kept));
  }
  return out;
}

/**
 * For each failed `anyOf`, keeps only the errors of the branch whose type matches the value, so
 * `org | [org]` given a number says "text or a list", and given a list speaks only of the list.
 * ajv numbers the errors of a `$ref`'d branch from that branch's own root, so they cannot be told
 * apart by schema path: the chosen branch is validated again on its own instead.
 */
function pruneAlternatives(errors: readonly ErrorObject[]): Kept[] {
  const list: Kept[] = errors.map((error) => ({ error }));
  for (let i = 0; i < list.length; i++) {
    const alt = list[i]!.error;
    if (alt.keyword !== 'anyOf') continue;
    // The branch errors are the run just before the anyOf error, at or below its instance.
    let start = i;
    while (start > 0 && isBelow(list[start - 1]!.error.instancePath, alt.instancePath)) start--;
    const replacement = explainAlternative(alt);
    list.splice(start, i - start + 1, ...replacement);
    i = start + replacement.length - 1;
  }
  return list;
}

const isBelow = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

function explainAlternative(alt: ErrorObject): Kept[] {
  const branches = (alt.schema ?? []) as AnySchemaObject[];
  const value = alt.data;
  const matching = branches.map((branch, index) => ({ branch, index })).filter(({ branch }) => typeFits(branch, value));
  const about = alt.parentSchema;
  if (matching.length === 0) {
    const types = [...new Set(branches.flatMap((b) => typesOf(b)))];
    return [{ error: { ...alt, keyword: 'type', params: { type: types } }, ...(about ? { about } : {}) }];
  }
  const attempts = matching.map(({ index }) => {
    const validate = about ? validatorAt(about, `/anyOf/${index}`) : undefined;
    if (!validate || validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({ ...e, instancePath: `${alt.instancePath}${e.instancePath}` }));
  });
  const missingOnly = attempts.every((errs) => errs.length > 0 && errs.every((e) => e.keyword === 'required' && e.instancePath === alt.instancePath));
  if (attempts.length > 1 && missingOnly) {
    const names = attempts.flatMap((errs) => errs.map((e) => String(e.params.missingProperty)));
    return [{ error: { ...alt, keyword: 'required', params: { missingProperty: names.join('" or "') } } }];
  }
  const best = attempts.filter((errs) => errs.length > 0).sort((a, b) => a.length - b.length)[0] ?? [];
  // The anyOf's own title names the value only for errors about the value itself, not its parts.
  return pruneAlternatives(best).map((k) => (k.about || !about || k.error.instancePath !== alt.instancePath ? k : { ...k, about }));
}

/** The JSON types a schema (or the schema its `$ref` names) declares; empty when it declares none. */
function typesOf(schema: AnySchemaObject | undefined): string[] {
  if (!schema) return [];
  if (schema.type !== undefined) return ([] as string[]).concat(schema.type as string | string[]);
  if (typeof schema.$ref === 'string') return typesOf(resolveRef(schema.$ref, schema));
  if (schema.const !== undefined) return [jsonType(schema.const)];
  return [];
}

function typeFits(schema: AnySchemaObject, value: unknown): boolean {
  const types = typesOf(schema);
  const actual = jsonType(value);
  return types.length === 0 || types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function toDiagnostic(plan: Checked, { error, about }: Kept): Diagnostic {
  const path = toPath(error.instancePath, plan.data);
  const code = CODES[error.keyword] ?? 'schema/invalid';
  const where = ` ${inElement(plan, path)}`.trimEnd();
  const name = nameOf(path);
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  const described = describeSchema(about ?? error.parentSchema);

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const property = propertiesOf(error.parentSchema).get(missing);
      const description = property ? describeSchema(property).description : undefined;
      return diagnostic(code, {
        ...plan.where(path, 'mapping'),
        message: `missing required property "${missing}"${where}`,
        hint: `add ${missing.split('" or "').map((m) => `\`${m}:\``).join(' or ')}${description ? ` — ${description}` : ''}`,
      });
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const property = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = [...propertiesOf(error.parentSchema).keys()];
      const suggestion = closest(property, allowed);
      const hint = suggestion
        ? `did you mean "${suggestion}"?`
        : LAP_ONLY.has(property) && plan.kind === 'NationalActionPlan'
          ? `\`${property}\` belongs to a LocalActionPlan; a NationalActionPlan does not have it`
          : `allowed here: ${allowed.join(', ')}; to keep extra data, start its key with \`x-\``;
      return diagnostic(code, { ...plan.where([...path, property], 'key'), message: `unknown property "${property}"${where}`, hint });
    }
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return diagnostic(code, {
        ...plan.where(path),
        message: `${name} must be ${expected}, not ${typeWord(value)}${where}`,
        ...(typeof value === 'string' && types.includes('number') && /^-?\d+(\.\d+)?$/.test(value.trim())
          ? { hint: 'remove the quotes around the number' }
          : typeof value === 'number' && types.includes('string')
            ? { hint: `put it in quotes: "${String(value)}"` }
          : described.description
            ? { hint: described.description }
            : {}),
      });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      return diagnostic(code, {
        ...plan.where(path),
        message: `${JSON.stringify(value)} is not an allowed value of ${name}${where}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `allowed: ${allowed.join(', ')}`,
      });
    }
    case 'const':
      return diagnostic(code, {
        ...plan.where(path),
        message: `${name} must be ${JSON.stringify(params.allowedValue)}, not ${JSON.stringify(value)}${where}`,
      });
    case 'pattern': {
      const what = described.title ? `a valid ${described.title.charAt(0).toLowerCase()}${described.title.slice(1)}` : `of the required shape`;
      return diagnostic(code, {
        ...plan.where(path),
        message: `${JSON.stringify(value)} is not ${what} (${name}${where})`,
        ...(described.description ? { hint: described.description } : {}),
      });
    }
    case 'minItems':
      return diagnostic(code, {
        ...plan.where(path),
        message: `${name} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}${where}`,
        ...(described.description ? { hint: described.description } : {}),
      });
    case 'minLength':
      return diagnostic(code, { ...plan.where(path), message: `${name} is empty${where}`, hint: 'write a value' });
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const item = Array.isArray(value) ? value[later] : undefined;
      return diagnostic(code, {
        ...plan.where([...path, later]),
        message: `${name} lists ${JSON.stringify(item)} twice${where}`,
        hint: 'remove the repeated item',
        related: [plan.relatedAt([...path, Math.min(Number(params.i), Number(params.j))], 'it is listed here first')],
      });
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return diagnostic(code, {
        ...plan.where(path),
        message: `${String(value)} is ${error.keyword.includes('inimum') ? 'below' : 'above'} the ${error.keyword.includes('inimum') ? 'smallest' : 'largest'} allowed value ${String(params.limit)} of ${name}${where}`,
        ...(described.description ? { hint: described.description } : {}),
      });
    case 'propertyNames': {
      const key = String(params.propertyName);
      return diagnostic(code, {
        ...plan.where([...path, key], 'key'),
        message: `"${key}" is not a valid key of ${name}${where}`,
        hint: 'keys are ids: letters and digits of any script, then also ".", "-" and "_", at most 64 characters',
      });
    }
    default:
      return diagnostic(code, { ...plan.where(path), message: `${name} ${error.message ?? 'is not valid'}${where}` });
  }
}

/** JSON pointer → data path, with list indices as numbers. */
function toPath(pointer: string, data: unknown): DataPath {
  if (pointer === '') return [];
  const path: DataPath = [];
  let value = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(value) ? Number(step) : undefined;
    path.push(index ?? step);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
  }
  return path;
}

/** `"title"`, or `item 2 of "partners"`; the whole file for the empty path. */
function nameOf(path: DataPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') return `item ${last + 1} of "${String(path[path.length - 2])}"`;
  return `"${last}"`;
}

/** "in action 1.2.3": the innermost element around a path, by its id. */
function inElement(plan: Checked, path: DataPath): string {
  let value: unknown = plan.data;
  let label = '';
  for (let i = 0; i < path.length; i++) {
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[path[i]!] : undefined;
    const list = ELEMENT_LISTS[String(path[i - 1])];
    if (typeof path[i] === 'number' && list) {
      const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
      label = typeof id === 'string' || typeof id === 'number' ? `in ${list} ${id}` : `in ${list} ${Number(path[i]) + 1}`;
    }
  }
  return label;
}

function typeWord(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}
