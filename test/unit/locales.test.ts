// The built-in templates' locales: every language has every label English has, and no label English lacks (a typo).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const templates = join(import.meta.dirname, '..', '..', 'templates');
const labelsOf = (template: string, file: string): string[] => Object.keys(parse(readFileSync(join(templates, template, 'locales', file), 'utf8')) as object);

describe('built-in template locales', () => {
  for (const template of readdirSync(templates)) {
    const english = labelsOf(template, 'en.yaml');
    for (const file of readdirSync(join(templates, template, 'locales')).filter((f) => f !== 'en.yaml')) {
      it(`${template}/locales/${file} has exactly the labels of en.yaml`, () => {
        const labels = labelsOf(template, file);
        expect(english.filter((k) => !labels.includes(k) && !/\.plural\./.test(k)), 'missing').toEqual([]);
        // A plural form (`key.plural.few`) belongs to a label English has.
        expect(labels.filter((k) => !english.includes(k) && !english.includes(k.replace(/\.plural\.(zero|one|two|few|many|other)$/, ''))), 'not in English').toEqual([]);
      });
    }
  }
});
