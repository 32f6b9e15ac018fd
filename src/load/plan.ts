// A loaded plan (or config file): its kind, id, data and the way back from a data path to file:line:col.
import { isMap, isPair, isCollection, type Document, type Node, type Pair } from 'yaml';
import type { Range, Related } from '../diagnostics/diagnostic.js';
import { locate } from './locate.js';
import { parseYamlText } from './parse-yaml.js';
import type { Source } from './source.js';
import type { DataPath } from './to-data.js';

export const PLAN_KINDS = ['NationalActionPlan', 'LocalActionPlan', 'ProgressReport'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Where a diagnostic points: spread into `diagnostic(code, { ...plan.where(path), message })`. */
export interface Where {
  file: string;
  range?: Range;
  path: DataPath;
  /** The anchor, when the path went through an alias. */
  via?: Related;
}

/** Which node of a path a diagnostic is about. */
export type Aim =
  /** The value written there (a mapping or list value is shown at its key). */
  | 'value'
  /** The key, e.g. an unknown property. */
  | 'key'
  /** The mapping at the path is missing something: point at its key, or its first key. */
  | 'mapping'
  /** The value itself even when it is a mapping or list (a period `{ start, end }`). */
  | 'node';

// `data` is checked by the schema and read defensively by the checks, so it stays loosely typed here.
export type PlanObject = Record<string, unknown>;

/** A loaded YAML file with plain data and the way back from a data path to its place in the text. */
export class YamlFile {
  private parsed: Document.Parsed | undefined;

  constructor(
    readonly data: PlanObject,
    readonly source: Source,
    doc?: Document.Parsed,
  ) {
    this.parsed = doc;
  }

  /** The YAML document; parsed again when it was released or the plan came from a worker thread. */
  get doc(): Document.Parsed {
    return (this.parsed ??= parseYamlText(this.source.text));
  }

  /** Lets the syntax tree go; `doc` parses the text again if a problem must be located later. */
  releaseDocument(): void {
    this.parsed = undefined;
  }

  get file(): string {
    return this.source.file;
  }

  /** The range of the node at `path`, or of the nearest written ancestor. */
  rangeOf(path: DataPath, aim: Aim = 'value'): Range | undefined {
    return this.where(path, aim).range;
  }

  where(path: DataPath, aim: Aim = 'value'): Where {
    const found = locate(this.doc, path);
    let node: Node | undefined;
    if (aim === 'mapping') {
      node = found.key ?? firstKey(found.value) ?? found.value;
    } else if (aim === 'node') {
      node = found.value ?? found.key;
    } else if (aim === 'key' || (found.value && isCollection(found.value)) || !found.value) {
      node = found.key ?? found.value;
    } else {
      node = found.value;
    }
    const shown = found.alias ?? node;
    const where: Where = { file: this.file, path, ...(shown ? { range: this.nodeRange(shown) } : {}) };
    if (found.alias && node) {
      where.via = { message: 'the value comes from this anchor', file: this.file, range: this.nodeRange(node) };
    }
    return where;
  }

  /** A related location at `path`, e.g. "the id is first used here". */
  relatedAt(path: DataPath, message: string): Related {
    const { range } = this.where(path);
    return { message, file: this.file, ...(range ? { range } : {}) };
  }

  private nodeRange(node: Node): Range {
    const [start, valueEnd] = node.range ?? [0, 0];
    if (isCollection(node)) {
      // A block collection spans many lines: point at its first line only.
      const lineEnd = this.source.text.indexOf('\n', start);
      return this.source.rangeAt(start, lineEnd === -1 ? valueEnd : Math.min(valueEnd, lineEnd));
    }
    return this.source.rangeAt(start, valueEnd);
  }
}

export class Plan extends YamlFile {
  constructor(
    readonly kind: PlanKind,
    readonly id: string,
    data: PlanObject,
    source: Source,
    doc?: Document.Parsed,
  ) {
    super(data, source, doc);
  }
}

function firstKey(node: Node | undefined): Node | undefined {
  if (!node || !isMap(node)) return undefined;
  const pair = node.items.find((p): p is Pair => isPair(p));
  return (pair?.key as Node | undefined) ?? undefined;
}
