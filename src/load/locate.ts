// Data path → the YAML nodes written there, following aliases and merge keys.
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair } from 'yaml';
import type { DataPath } from './to-data.js';

export interface Located {
  /** The key node of the last path step, when the step is a mapping key. */
  key?: Node;
  /** The value node, when it exists. */
  value?: Node;
  /** The first alias the path went through: a problem there is reported at the alias. */
  alias?: Alias;
  /** How many path steps were found; less than the path's length when the path goes past what is written. */
  depth: number;
}

export function locate(doc: Document.Parsed, path: DataPath): Located {
  let node = doc.contents as Node | null;
  let alias: Alias | undefined;
  let key: Node | undefined;
  const deref = (n: Node | null): Node | null => {
    if (n && isAlias(n)) {
      alias ??= n;
      return (n.resolve(doc) as Node | undefined) ?? null;
    }
    return n;
  };
  node = deref(node);
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth]!;
    if (isSeq(node) && typeof step === 'number') {
      key = undefined;
      node = deref((node.items[step] as Node | undefined) ?? null);
    } else if (isMap(node)) {
      const pair = findPair(doc, node.items as Pair[], String(step), deref);
      if (!pair) return result(depth);
      key = pair.key as Node;
      node = deref(pair.value as Node | null);
    } else {
      return result(depth);
    }
    if (node === null) return { ...(key ? { key } : {}), ...(alias ? { alias } : {}), depth: depth + 1 };
  }
  return result(path.length);

  function result(depth: number): Located {
    return { ...(key ? { key } : {}), ...(node ? { value: node } : {}), ...(alias ? { alias } : {}), depth };
  }
}

function findPair(doc: Document.Parsed, items: Pair[], step: string, deref: (n: Node | null) => Node | null): Pair | undefined {
  for (const pair of items) {
    if (isPair(pair) && isScalar(pair.key) && keyText(pair.key) === step) return pair;
  }
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
    const source = deref(pair.value as Node | null);
    const maps = isSeq(source) ? source.items.map((i) => deref(i as Node)) : [source];
    for (const map of maps) {
      if (!isMap(map)) continue;
      const found = findPair(doc, map.items as Pair[], step, deref);
      if (found) return found;
    }
  }
  return undefined;
}

function keyText(key: { value: unknown; source?: string }): string {
  return typeof key.value === 'number' ? (key.source ?? String(key.value)) : String(key.value);
}
