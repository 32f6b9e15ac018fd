// The elements of a plan (objectives, outcomes, actions, indicators, concerns, risks, pillars), read defensively.
import type { Plan, PlanObject } from '../load/plan.js';
import type { DataPath } from '../load/to-data.js';

export type ElementKind = 'objective' | 'outcome' | 'action' | 'indicator' | 'concern' | 'risk' | 'pillar';

export interface Element {
  kind: ElementKind;
  /** The id as written (NFC-normalised); undefined when missing or not text. */
  id: string | undefined;
  data: PlanObject;
  path: DataPath;
  /** The objective of an outcome; the outcome or objective of an action; the owner of an indicator. */
  parent?: Element;
}

export const asObject = (value: unknown): PlanObject | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as PlanObject) : undefined;

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A value written as one item or a list of items (`org | [org]`), as a list of strings with their paths. */
export function textItems(value: unknown, path: DataPath): { text: string; path: DataPath }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  return asArray(value).flatMap((item, i) => (typeof item === 'string' ? [{ text: item, path: [...path, i] }] : []));
}

const idOf = (data: PlanObject): string | undefined => (typeof data.id === 'string' ? data.id.normalize('NFC') : undefined);

const cache = new WeakMap<Plan, Element[]>();

/** Every element of the plan in document order; cached per plan. */
export function elementsOf(plan: Plan): Element[] {
  let elements = cache.get(plan);
  if (elements) return elements;
  elements = [];
  const out = elements;
  const add = (kind: ElementKind, value: unknown, path: DataPath, parent?: Element): Element | undefined => {
    const data = asObject(value);
    if (!data) return undefined;
    const element: Element = { kind, id: idOf(data), data, path, ...(parent ? { parent } : {}) };
    out.push(element);
    return element;
  };
  const indicators = (owner: Element): void => {
    asArray(owner.data.indicators).forEach((v, i) => add('indicator', v, [...owner.path, 'indicators', i], owner));
  };
  const actions = (owner: Element): void => {
    asArray(owner.data.actions).forEach((v, i) => {
      const action = add('action', v, [...owner.path, 'actions', i], owner);
      if (action) indicators(action);
    });
  };
  const data = plan.data;
  asArray(data.pillars).forEach((v, i) => add('pillar', v, ['pillars', i]));
  asArray(data.concerns).forEach((v, i) => add('concern', v, ['concerns', i]));
  asArray(data.risks).forEach((v, i) => add('risk', v, ['risks', i]));
  asArray(data.objectives).forEach((v, i) => {
    const objective = add('objective', v, ['objectives', i]);
    if (!objective) return;
    indicators(objective);
    asArray(objective.data.outcomes).forEach((o, j) => {
      const outcome = add('outcome', o, [...objective.path, 'outcomes', j], objective);
      if (!outcome) return;
      indicators(outcome);
      actions(outcome);
    });
    actions(objective);
  });
  cache.set(plan, elements);
  return elements;
}

export function elementsOfKind(plan: Plan, ...kinds: ElementKind[]): Element[] {
  return elementsOf(plan).filter((e) => kinds.includes(e.kind));
}

/** "action 1.2.3" — how messages name an element. */
export function describe(element: Element): string {
  return element.id === undefined ? `this ${element.kind}` : `${element.kind} ${element.id}`;
}
