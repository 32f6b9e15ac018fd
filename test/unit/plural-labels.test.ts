// Labels with counts: the plural form of the document's language for the number, never English's in another language.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '../../src/env.js';
import { loadTemplate, type Template } from '../../src/render/template.js';

const dir = mkdtempSync(join(tmpdir(), 'wpsplan-plural-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function template(): Promise<Template> {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'template.yaml'), 'name: plural\ndescription: Counted labels.\nkinds: [LocalActionPlan]\nentry: document.hbs\n');
  writeFileSync(join(dir, 'document.hbs'), '<p>{{n}} {{t "plans" count=n}}</p>\n');
  writeFileSync(join(dir, 'locales', 'en.yaml'), 'plans: plans\nplans.plural.one: plan\n');
  writeFileSync(join(dir, 'locales', 'uk.yaml'), 'plans: планів\nplans.plural.one: план\nplans.plural.few: плани\n');
  writeFileSync(join(dir, 'locales', 'fr.yaml'), 'plans: plans locaux\n');
  const loaded = await loadTemplate(nodeEnv({ cwd: dir }), dir);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.template!;
}

const text = (t: Template, language: string, n: number): string | undefined => {
  const { labels, diagnostics } = t.labels(language);
  expect(diagnostics).toEqual([]);
  return t.render({ n }, labels, { language }).html?.trim();
};

describe('counted labels', () => {
  it('take the form CLDR gives the number in the language', async () => {
    const t = await template();
    expect([1, 2, 5, 21, 22, 25].map((n) => text(t, 'uk', n))).toEqual(['<p>1 план</p>', '<p>2 плани</p>', '<p>5 планів</p>', '<p>21 план</p>', '<p>22 плани</p>', '<p>25 планів</p>']);
    expect([1, 2].map((n) => text(t, 'en', n))).toEqual(['<p>1 plan</p>', '<p>2 plans</p>']);
  });

  it('use English plural rules for a language tag Intl does not accept, instead of failing', async () => {
    const t = await template();
    const { labels } = t.labels('en_US');
    expect(t.render({ n: 1 }, labels, { language: 'en_US' }).html?.trim()).toBe('<p>1 plan</p>');
  });

  it("fall back to the language's own label, not to English's plural forms", async () => {
    const t = await template();
    expect([1, 2].map((n) => text(t, 'fr', n))).toEqual(['<p>1 plans locaux</p>', '<p>2 plans locaux</p>']);
  });
});
