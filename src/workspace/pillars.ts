// Effective canonical pillars of a plan's elements (spec section 5), resolved once per plan.
import { CANONICAL_PILLARS, isCanonicalPillar, type CanonicalPillar } from '../data/pillars.js';
import type { Plan } from '../load/plan.js';
import { asArray, elementsOfKind, textItems, type Element } from '../validate/elements.js';

export type Pillars = ReadonlySet<CanonicalPillar>;

const cache = new WeakMap<Plan, Map<Element, Pillars>>();

/** Declared pillar id → its canonical pillars; a canonical id → itself; anything else → none. */
function resolver(plan: Plan): (ref: string) => CanonicalPillar[] {
  const declared = new Map<string, CanonicalPillar[]>();
  for (const pillar of elementsOfKind(plan, 'pillar')) {
    if (pillar.id === undefined || isCanonicalPillar(pillar.id)) continue;
    declared.set(pillar.id, asArray(pillar.data.canonical).filter((c): c is CanonicalPillar => typeof c === 'string' && isCanonicalPillar(c)));
  }
  return (ref) => (isCanonicalPillar(ref) ? [ref] : (declared.get(ref) ?? []));
}

const objectiveOf = (element: Element): Element | undefined => {
  let e: Element | undefined = element;
  while (e && e.kind !== 'objective') e = e.parent;
  return e;
};

/** The canonical pillars an element serves; empty for a cross-cutting element. */
export function pillarsOf(plan: Plan, element: Element): Pillars {
  let byElement = cache.get(plan);
  if (!byElement) {
    byElement = new Map();
    cache.set(plan, byElement);
  }
  const known = byElement.get(element);
  if (known) return known;
  const resolve = resolver(plan);
  const ofRefs = (value: unknown): Pillars => new Set(textItems(value, []).flatMap((r) => resolve(r.text)));
  let pillars: Pillars;
  switch (element.kind) {
    case 'objective':
      pillars = ofRefs(element.data.pillar);
      break;
    case 'action': {
      const own = ofRefs(element.data.pillars);
      pillars = asArray(element.data.pillars).length > 0 ? own : pillarsOf(plan, objectiveOf(element) ?? element);
      break;
    }
    case 'concern':
      pillars = ofRefs(element.data.pillars);
      break;
    case 'pillar':
      pillars = new Set(element.id ? resolve(element.id) : []);
      break;
    default: {
      const owner = element.kind === 'outcome' ? objectiveOf(element) : element.parent;
      pillars = owner ? pillarsOf(plan, owner) : new Set();
    }
  }
  byElement.set(element, pillars);
  return pillars;
}

/** Canonical pillars in their conventional order. */
export const inPillarOrder = (pillars: Iterable<CanonicalPillar>): CanonicalPillar[] => {
  const set = new Set(pillars);
  return CANONICAL_PILLARS.filter((p) => set.has(p));
};
