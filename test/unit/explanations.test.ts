// The explanations behind `wpsplan explain`: one for every code and no other, and examples whose right way is valid YAML.
import { isScalar, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/diagnostics/codes.js';
import { explanations, type Explanation } from '../../src/diagnostics/explanations.js';

const entries = Object.entries(explanations) as [string, Explanation][];
/** Positions where an id or reference is written: an unquoted decimal there is `plan/unquoted-decimal-id`. */
const ID_KEYS = new Set(['id', 'implements', 'contributesTo', 'addresses', 'parent', 'lead', 'partners', 'pillar', 'pillars', 'element']);

describe('explanations', () => {
  it('cover exactly the codes of the registry', () => {
    expect(Object.keys(explanations).sort()).toEqual(Object.keys(codes).sort());
  });

  it.each(entries)('%s has a why and a fix in plain text', (_code, e) => {
    for (const text of [e.why, e.fix]) {
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\n/);
      expect(text).not.toMatch(/(^|\s)#{1,6}\s/);
    }
  });

  it.each(entries.filter(([, e]) => e.example))('%s has a short example', (_code, e) => {
    const { wrong, right } = e.example!;
    for (const snippet of wrong === undefined ? [right] : [wrong, right]) {
      const count = snippet.split('\n').length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(8);
    }
    expect(wrong).not.toBe(right);
  });

  it.each(entries.filter(([, e]) => e.example && e.example.language !== 'handlebars'))('%s: the right way parses as YAML, ids quoted', (_code, e) => {
    const doc = parseDocument(e.example!.right, { uniqueKeys: true });
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    const decimals: string[] = [];
    visit(doc, {
      Pair(_key, pair) {
        if (!isScalar(pair.key) || !ID_KEYS.has(String(pair.key.value))) return;
        const check = (node: unknown): void => {
          if (isScalar(node)) {
            if (typeof node.value === 'number' && !Number.isInteger(node.value)) decimals.push(String(node.source ?? node.value));
          } else if (node && typeof node === 'object' && 'items' in node) {
            for (const item of (node as { items: unknown[] }).items) check(item);
          }
        };
        check(pair.value);
      },
    });
    expect(decimals).toEqual([]);
  });

  it('marks the Handlebars examples as such, all of them template codes', () => {
    const handlebars = entries.filter(([, e]) => e.example?.language === 'handlebars').map(([code]) => code);
    expect(handlebars.length).toBeGreaterThan(0);
    for (const code of handlebars) expect(code).toMatch(/^template\//);
  });
});
