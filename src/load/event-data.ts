// YAML text → plain plan data straight from js-yaml's event stream, or undefined when the file needs the yaml Document.
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { Schema, isScalar, type ScalarTag } from 'yaml';
import { ID_KEYS, isIntegerSource } from './id-positions.js';
import { define, type PlanData } from './to-data.js';

/**
 * The `yaml` library's own core-schema resolvers, in its order, so that a plain scalar reads as the same value on
 * both paths.
 */
const CORE_SCALARS = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => 'test' in tag && tag.test instanceof RegExp);

/** The first characters a plain scalar needs to be anything but a string in the core schema. */
const MAYBE_NOT_STRING = /^(?:$|[-+.~0-9nNtTfF])/;

/** YAML limits an implicit key to 1024 characters; keys near that are left to the yaml library to judge. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * Text the two libraries read apart (found by differential fuzzing of this module against the yaml library): such a
 * file takes the yaml library's path, whose reading and diagnostics are the reference.
 */
const READ_APART: readonly RegExp[] = [
  // A tab in a line's leading space, a carriage return alone as a line break, a byte order mark past the start.
  /^ *\t|\r(?!\n)|\uFEFF/m,
  // A block scalar's indentation indicator (`|2`) or keep indicator (`|+`); a document end marker (`...`); a `---`
  // indented (js-yaml takes it for a document start, the yaml library for text).
  /[|>](?:[1-9][-+]?|-[1-9]|\+[1-9]?)[ \t]*(?:#.*)?$|^[ \t]*\.\.\.(?:\s|$)|^[ \t]+---(?:\s|$)/m,
  // `key:`, then a comment in column 1, then the value indented: the yaml library can lose the value's indentation.
  /:[ ]*(?:#.*)?(?:\r?\n[ ]*(?:#.*)?)*\r?\n#/,
];

// What may follow a closing quote or bracket, and the closing bracket after a flow collection's last item.
const AFTER_VALUE = /[ \t]*(?:\r?\n|$)|[ \t]+#/y;
const AFTER_KEY = /[ \t]*(?::|\r?\n|$)|[ \t]+#/y;
const AFTER_IN_FLOW = /\s*(?:[:,\]}]|$)|\s+#/y;
const CLOSER = /(?:\s|,|#.*)*[\]}]/y;

/** Raised inside the walk for anything the fast path leaves to the yaml Document. */
const NEEDS_DOCUMENT = Symbol('needs the yaml Document');

/**
 * The same data and decimal ids as `toData(parseDocument(text))`, about five times faster, for the plain files most
 * plans are. Returns undefined, and the caller parses with the `yaml` library (its diagnostics, its positions), for a
 * syntax error, more or less than one document, a directive, tag, anchor, alias or merge key, a key that is not a
 * string or is written twice, or a decimal number where an id goes.
 */
export function eventData(text: string): PlanData | undefined {
  if (READ_APART.some((pattern) => pattern.test(text))) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  const first = events[0];
  // One document: DOCUMENT, its root node, POP; a second DOCUMENT event or a directive goes the long way.
  if (!first || first.type !== EVENT_ID.DOCUMENT || first.directives.length > 0 || events[events.length - 1]?.type !== EVENT_ID.POP) return undefined;
  // A file that is not a mapping is not a plan: the yaml library reports it, with its location.
  if (events[1]?.type !== EVENT_ID.MAPPING) return undefined;
  let at = 1;
  // Where the last quoted scalar or flow collection ended, and how deep in flow collections the walk is.
  let end = 0;
  let flowDepth = 0;

  // js-yaml reads `- "q" k: 1` or `- [1] k: 1` as if `k` were a key of the mapping above; YAML allows only a
  // comment, the end of the line, or (in a flow collection or a key) the next indicator after a closing quote or bracket.
  const checkFollow = (key: boolean): void => {
    const follow = flowDepth > 0 ? AFTER_IN_FLOW : key ? AFTER_KEY : AFTER_VALUE;
    follow.lastIndex = end;
    if (!follow.test(text)) throw NEEDS_DOCUMENT;
  };

  const scalar = (event: ScalarEvent, key: boolean): string => {
    if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      end = event.valueEnd + 1;
      checkFollow(key);
    } else if (event.valueStart !== -1) {
      end = event.valueEnd;
    }
    return getScalarValue(text, event);
  };

  const scalarValue = (event: ScalarEvent, idPosition: boolean): unknown => {
    const value = scalar(event, false);
    if (event.style !== SCALAR_STYLE.PLAIN || !MAYBE_NOT_STRING.test(value)) return value;
    const resolved = resolvePlain(value);
    if (typeof resolved === 'number' && idPosition) {
      // A decimal id gets a diagnostic, which wants the yaml Document to locate it anyway.
      if (!isIntegerSource(value)) throw NEEDS_DOCUMENT;
      return value;
    }
    return resolved;
  };

  const node = (idPosition: boolean): unknown => {
    const event = events[at++]!;
    if (event.type === EVENT_ID.ALIAS || event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) throw NEEDS_DOCUMENT;
    if (event.anchorStart !== -1 || event.tagStart !== -1) throw NEEDS_DOCUMENT;
    if (event.type === EVENT_ID.SCALAR) return scalarValue(event, idPosition);
    const flow = event.style === COLLECTION_STYLE.FLOW;
    if (flow) {
      flowDepth++;
      end = event.start + 1;
    }
    let out: unknown[] | Record<string, unknown>;
    if (event.type === EVENT_ID.SEQUENCE) {
      const items: unknown[] = [];
      while (events[at]!.type !== EVENT_ID.POP) items.push(node(idPosition));
      out = items;
    } else {
      const map: Record<string, unknown> = {};
      while (events[at]!.type !== EVENT_ID.POP) {
        const key = mappingKey();
        if (Object.prototype.hasOwnProperty.call(map, key)) throw NEEDS_DOCUMENT;
        define(map, key, node(ID_KEYS.has(key)));
      }
      out = map;
    }
    at++;
    if (flow) {
      CLOSER.lastIndex = end;
      const closer = CLOSER.exec(text);
      if (!closer) throw NEEDS_DOCUMENT;
      end = closer.index + closer[0].length;
      flowDepth--;
      checkFollow(false);
    }
    return out;
  };

  const mappingKey = (): string => {
    const event = events[at++]!;
    if (event.type !== EVENT_ID.SCALAR || event.anchorStart !== -1 || event.tagStart !== -1) throw NEEDS_DOCUMENT;
    const key = scalar(event, true);
    // Measured as written, quotes included, whatever the key's style.
    if (event.valueEnd - event.valueStart + 2 > MAX_IMPLICIT_KEY) throw NEEDS_DOCUMENT;
    // `<<` is a merge key; a number, boolean or null key becomes a string its own way on the yaml path.
    if (event.style === SCALAR_STYLE.PLAIN && (key === '<<' || (MAYBE_NOT_STRING.test(key) && typeof resolvePlain(key) !== 'string'))) throw NEEDS_DOCUMENT;
    return key;
  };

  try {
    const data = node(false);
    if (at !== events.length - 1) return undefined;
    return { data, decimalIds: [] };
  } catch (error) {
    if (error === NEEDS_DOCUMENT) return undefined;
    throw error;
  }
}

/** A plain scalar's value in the YAML 1.2 core schema, as the yaml library reads it. */
function resolvePlain(value: string): unknown {
  for (const tag of CORE_SCALARS) {
    if (!tag.test.test(value)) continue;
    const resolved = tag.resolve(value, () => undefined, {});
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return value;
}
