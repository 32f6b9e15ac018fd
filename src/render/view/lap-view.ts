// What a local plan adds to the template data: locality, parent, working group composition, concerns, localization.
import type { Plan } from '../../load/plan.js';
import { asArray, asObject, elementsOfKind } from '../../validate/elements.js';
import type { Workspace } from '../../workspace/workspace.js';
import type { Formatter } from './format.js';

const GENDERS = ['woman', 'man', 'other', 'undisclosed'] as const;

export function lapView(ws: Workspace, plan: Plan, f: Formatter): Record<string, unknown> {
  const d = plan.data;
  const locality = asObject(d.locality);
  const population = asObject(locality?.population);
  const parentId = typeof d.parent === 'string' ? d.parent : undefined;
  const parent = parentId ? ws.plan(parentId) : undefined;
  const members = asArray(d.workingGroup).map((m) => asObject(m) ?? {});
  // Documents show only totals by gender, never a named person's gender.
  const sectors = [...new Set(members.map((m) => String(m.sector ?? 'other')))];
  const count = (list: Record<string, unknown>[], gender: string): number => list.filter((m) => (m.gender ?? 'undisclosed') === gender).length;
  const actions = elementsOfKind(plan, 'action');
  const addressedBy = (concern: string): string[] =>
    elementsOfKind(plan, 'objective', 'outcome', 'action')
      .filter((e) => asArray(e.data.addresses).includes(concern))
      .map((e) => `${f.label(`element.${e.kind}`)} ${e.id ?? ''}`);
  return {
    locality: locality
      ? {
          name: String(locality.name ?? ''),
          type: typeof locality.typeLabel === 'string' ? locality.typeLabel : f.label(`locality.${String(locality.type)}`),
          region: typeof locality.region === 'string' ? locality.region : null,
          country: f.country(locality.country),
          population: population && typeof population.value === 'number' ? `${f.number(population.value)}${typeof population.year === 'number' ? ` (${population.year})` : ''}` : null,
        }
      : null,
    parent: parentId ? { id: parentId, title: parent && typeof parent.data.title === 'string' ? parent.data.title : parentId } : null,
    workingGroup:
      members.length > 0
        ? {
            members: members.map((m) => ({ role: String(m.role ?? ''), organisation: String(m.organisation ?? ''), sector: f.label(`sector.${String(m.sector ?? 'other')}`) })),
            total: members.length,
            bySector: sectors.map((sector) => {
              const inSector = members.filter((m) => String(m.sector ?? 'other') === sector);
              return { sector: f.label(`sector.${sector}`), total: inSector.length, ...Object.fromEntries(GENDERS.map((g) => [g, count(inSector, g)])) };
            }),
            byGender: Object.fromEntries(GENDERS.map((g) => [g, count(members, g)])),
          }
        : null,
    concerns: elementsOfKind(plan, 'concern').map((c) => ({
      id: c.id ?? '',
      title: typeof c.data.title === 'string' ? c.data.title : '',
      description: typeof c.data.description === 'string' ? c.data.description : null,
      pillars: f.list(c.data.pillars).map((p) => f.pillar(p)).join(', '),
      addressedBy: addressedBy(c.id ?? '').join(', '),
    })),
    localizationCount: actions.filter((a) => a.data.implements !== undefined).length,
  };
}

/** The keys a national plan leaves empty, so a template in strict mode can test them with {{#if}}. */
export const NO_LAP: Record<string, unknown> = { locality: null, parent: null, workingGroup: null, concerns: [], localizationCount: 0 };
