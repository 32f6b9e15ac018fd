// The workspace of a run: every loaded plan, plans by id, elements by id inside each plan.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/load-files.js';
import type { Plan } from '../load/plan.js';
import { elementsOf, type Element } from '../validate/elements.js';

/** The two id namespaces references can name. */
export type Namespace = 'results' | 'indicators';

export const namespaceOf = (element: Element): Namespace | undefined =>
  element.kind === 'indicator' ? 'indicators' : element.kind === 'objective' || element.kind === 'outcome' || element.kind === 'action' ? 'results' : undefined;

export class Workspace {
  readonly plans: Plan[];
  private readonly byId = new Map<string, Plan>();
  private readonly indexes = new WeakMap<Plan, Record<Namespace, Map<string, Element>>>();

  constructor(
    /** Every file of the run in display order, with the diagnostics of loading and of its own checks. */
    readonly files: readonly WorkspaceFile[],
  ) {
    this.plans = files.flatMap((f) => (f.plan ? [f.plan] : []));
    // The first file to declare an id owns it; later ones are xref/duplicate-plan-id.
    for (const plan of this.plans) if (plan.id && !this.byId.has(plan.id)) this.byId.set(plan.id, plan);
  }

  plan(id: string): Plan | undefined {
    return this.byId.get(id);
  }

  planIds(): string[] {
    return [...this.byId.keys()];
  }

  /** The first element with this id in a namespace of the plan. */
  element(plan: Plan, namespace: Namespace, id: string): Element | undefined {
    return this.index(plan)[namespace].get(id);
  }

  ids(plan: Plan, namespace: Namespace): string[] {
    return [...this.index(plan)[namespace].keys()];
  }

  /** The LocalActionPlans whose parent is this plan, in file order. */
  lapsOf(nap: Plan): Plan[] {
    return this.plans.filter((p) => p.kind === 'LocalActionPlan' && p.data.parent === nap.id && this.byId.get(nap.id) === nap);
  }

  fileOf(plan: Plan): WorkspaceFile | undefined {
    return this.files.find((f) => f.plan === plan);
  }

  private index(plan: Plan): Record<Namespace, Map<string, Element>> {
    let index = this.indexes.get(plan);
    if (!index) {
      index = { results: new Map(), indicators: new Map() };
      for (const element of elementsOf(plan)) {
        const namespace = namespaceOf(element);
        if (namespace && element.id !== undefined && !index[namespace].has(element.id)) index[namespace].set(element.id, element);
      }
      this.indexes.set(plan, index);
    }
    return index;
  }
}

export interface WorkspaceFile extends LoadedFile {
  /** Diagnostics of loading and of the plan's own checks (schema, plan/*). */
  own: Diagnostic[];
}
