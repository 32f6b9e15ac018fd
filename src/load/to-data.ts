// yaml Document → plain plan data, reading unquoted numbers in id positions as their source text.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { ID_KEYED_MAPS, ID_KEYS, isIntegerSource } from './id-positions.js';

export type DataPath = (string | number)[];

export interface DecimalId {
  path: DataPath;
  /** The decimal is a mapping key (an organisation key, a report's action key). */
  isKey: boolean;
  source: string;
}

export interface PlanData {
  data: unknown;
  /** Places where an id or reference was written as an unquoted decimal (1.1, 1e3). */
  decimalIds: DecimalId[];
}

export function toData(doc: Document.Parsed, text: string): PlanData {
  const decimalIds: DecimalId[] = [];
  // The path of the node being converted, as a stack: copied only for the rare decimal id, so that converting a
  // large plan does not allocate a path for every node.
  const path: DataPath = [];

  const scalarText = (node: Node, idPosition: boolean): unknown => {
    if (!isScalar(node)) return undefined;
    const value = node.value;
    if (idPosition && typeof value === 'number') {
      const source = node.source ?? String(value);
      if (!isIntegerSource(source)) decimalIds.push({ path: [...path], isKey: false, source });
      return source;
    }
    return value;
  };

  const keyOf = (pair: Pair, idKeys: boolean): string => {
    const key = pair.key as Node | null;
    if (isScalar(key)) {
      if (typeof key.value === 'number') {
        const source = key.source ?? String(key.value);
        if (idKeys && !isIntegerSource(source)) decimalIds.push({ path: [...path, source], isKey: true, source });
        return source;
      }
      return String(key.value);
    }
    return key?.range ? text.slice(key.range[0], key.range[1]) : '';
  };

  const convert = (node: Node | null, idPosition: boolean): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return convert(node.resolve(doc) ?? null, idPosition);
    if (isScalar(node)) return scalarText(node, idPosition);
    if (isSeq(node)) {
      const out: unknown[] = [];
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        out.push(convert(node.items[i] as Node, idPosition));
        path.pop();
      }
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const idKeys = path.length === 1 && ID_KEYED_MAPS.has(String(path[0]));
      const merges: Node[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key) && typeof pair.key.value === 'symbol') {
          merges.push(pair.value as Node);
          continue;
        }
        const key = keyOf(pair, idKeys);
        path.push(key);
        define(out, key, convert(pair.value as Node, ID_KEYS.has(key)));
        path.pop();
      }
      for (const source of merges) mergeInto(out, source);
      return out;
    }
    return null;
  };

  // Merge keys fill in what the mapping does not set itself (YAML merge semantics).
  const mergeInto = (out: Record<string, unknown>, source: Node): void => {
    const resolved = isAlias(source) ? source.resolve(doc) : source;
    const items = isSeq(resolved) ? resolved.items : [resolved];
    for (const item of items) {
      const value = convert(item as Node, false);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, v] of Object.entries(value)) if (!Object.prototype.hasOwnProperty.call(out, key)) define(out, key, v);
      }
    }
  };

  return { data: convert(doc.contents as Node | null, false), decimalIds };
}

// A `__proto__` key in a plan must stay an ordinary key, so it is defined, not assigned.
export function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
