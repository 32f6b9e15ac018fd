// Display strings for a plan's values in its own language: dates, periods, money, countries, organisations, pillars.
import { isCanonicalPillar } from '../../data/pillars.js';
import { localized } from '../../intl.js';
import type { Plan } from '../../load/plan.js';
import { asArray, asObject, elementsOfKind, textItems } from '../../validate/elements.js';

export class Formatter {
  private readonly numbers: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;
  private readonly regions: Intl.DisplayNames | undefined;
  private readonly pillarTitles = new Map<string, string>();

  constructor(
    readonly plan: Plan,
    readonly language: string,
    readonly labels: Record<string, string>,
  ) {
    this.numbers = localized('number', language, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }));
    this.dates = localized('date', language, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
    this.regions = localized<Intl.DisplayNames | undefined>('region', language, (l) => new Intl.DisplayNames([l], { type: 'region' }), () => undefined);
    for (const pillar of elementsOfKind(plan, 'pillar')) if (pillar.id && typeof pillar.data.title === 'string') this.pillarTitles.set(pillar.id, pillar.data.title);
  }

  label(key: string): string {
    return this.labels[key] ?? key;
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /** The language's decimal separator, for what prints numbers itself (charts). */
  get decimal(): string {
    return this.numbers.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  }

  /** A date-like as written in the plan's language: a day in full, a month, quarter, half-year or year as such. */
  date(value: unknown): string {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (day) return this.dates.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
    const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
    if (quarter) return `${this.label('quarter').replace('{n}', quarter[2]!)} ${quarter[1]}`;
    const half = /^(\d{4})-H([12])$/.exec(text);
    if (half) return `${this.label('half').replace('{n}', half[2]!)} ${half[1]}`;
    const month = /^(\d{4})-(\d{2})$/.exec(text);
    if (month) return localized('month', this.language, (l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
    return text;
  }

  period(value: unknown, fallback?: unknown): string {
    const p = asObject(value) ?? {};
    const f = asObject(fallback) ?? {};
    const start = p.start ?? f.start;
    const end = p.end ?? f.end;
    return start === undefined && end === undefined ? '' : `${this.date(start)} – ${this.date(end)}`;
  }

  country(code: unknown): string {
    if (typeof code !== 'string') return '';
    return (code === 'XK' ? this.labels.kosovo : undefined) ?? this.regions?.of(code) ?? code;
  }

  /** An org value: the registry entry's name (with its abbreviation) when the plan has a registry, else the text itself. */
  orgs(value: unknown): string[] {
    const registry = asObject(this.plan.data.organisations);
    return textItems(value, []).map(({ text }) => {
      const entry = asObject(registry?.[text]);
      if (!entry || typeof entry.name !== 'string') return text;
      return typeof entry.abbreviation === 'string' ? `${entry.name} (${entry.abbreviation})` : entry.name;
    });
  }

  /** A pillar reference: the declared pillar's title, or the canonical pillar's label. */
  pillar(ref: string): string {
    if (isCanonicalPillar(ref)) return this.label(`pillar.${ref}`);
    return this.pillarTitles.get(ref) ?? ref;
  }

  /** Money lines (one or a list) as "20.000 BAM (committed; government)". */
  money(value: unknown): string[] {
    const lines = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return lines.flatMap((line) => {
      const l = asObject(line);
      if (!l || typeof l.currency !== 'string') return [];
      const amount = typeof l.amount === 'number' ? `${this.number(l.amount)} ${l.currency}` : this.label(`budgetStatus.${String(l.status)}`);
      const details = [
        typeof l.status === 'string' && typeof l.amount === 'number' ? this.label(`budgetStatus.${l.status}`) : '',
        typeof l.funder === 'string' ? l.funder : typeof l.source === 'string' ? this.label(`budgetSource.${l.source}`) : '',
        typeof l.year === 'number' ? String(l.year) : '',
      ].filter(Boolean);
      return [details.length ? `${amount} (${details.join('; ')})` : amount];
    });
  }

  /** A baseline or target: "21,4 % (2018)", or its note when the value is not known. */
  measure(value: unknown, unit: unknown, measure: unknown): string {
    const v = asObject(value);
    if (!v) return '';
    const year = typeof v.year === 'number' ? ` (${v.year})` : '';
    if (v.value === undefined) return `${typeof v.note === 'string' ? v.note : '—'}${year}`;
    const shown = typeof v.value === 'number' ? `${this.number(v.value)}${measure === 'percentage' ? ' %' : typeof unit === 'string' ? ` ${unit}` : ''}` : String(v.value);
    return `${shown}${year}`;
  }

  list(value: unknown): string[] {
    return asArray(value).filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String);
  }
}
