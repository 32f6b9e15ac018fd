// References between plans (spec section 9): "2.1.3" names an element of the parent, "PLAN#2.1.3" of that plan.
import type { Plan } from '../load/plan.js';
import type { DataPath } from '../load/to-data.js';
import { elementsOfKind, textItems, type Element } from '../validate/elements.js';

/** Where a plan refers to elements of other plans, and what those may name. */
export type RefSite = 'implements' | 'contributesTo';

export interface Ref {
  /** The reference as written. */
  text: string;
  path: DataPath;
  /** The element whose field holds the reference. */
  from: Element;
  site: RefSite;
  /** The target plan id: the explicit one, else the referring plan's parent (undefined without one). */
  planId: string | undefined;
  explicit: boolean;
  elementId: string;
}

export function parseRef(text: string, plan: Plan): Pick<Ref, 'planId' | 'explicit' | 'elementId'> {
  const hash = text.indexOf('#');
  if (hash !== -1) return { planId: text.slice(0, hash), explicit: true, elementId: text.slice(hash + 1).normalize('NFC') };
  const parent = plan.data.parent;
  return { planId: typeof parent === 'string' ? parent : undefined, explicit: false, elementId: text.normalize('NFC') };
}

const cache = new WeakMap<Plan, Ref[]>();

/** Every reference a plan makes, in document order: actions' `implements` and indicators' `contributesTo`. */
export function refsOf(plan: Plan): Ref[] {
  let refs = cache.get(plan);
  if (refs) return refs;
  refs = [];
  for (const element of elementsOfKind(plan, 'action', 'indicator')) {
    const site: RefSite = element.kind === 'action' ? 'implements' : 'contributesTo';
    for (const item of textItems(element.data[site], [...element.path, site])) {
      refs.push({ text: item.text, path: item.path, from: element, site, ...parseRef(item.text, plan) });
    }
  }
  cache.set(plan, refs);
  return refs;
}
