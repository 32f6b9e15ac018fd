// The fast read of plan files (js-yaml events) must give exactly what the yaml library gives, or step aside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { eventData } from '../../src/load/event-data.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { toData } from '../../src/load/to-data.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');

/** What the yaml library path makes of a text: its errors, or its data. */
function reference(text: string): { errors: string[] } | { data: unknown } {
  const doc = parseYamlText(text);
  const errors = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].map((e) => e.code);
  return errors.length > 0 ? { errors } : { data: toData(doc, text).data };
}

/** A text the fast path reads must read the same on the yaml library's path, with no error there. */
function agrees(text: string): boolean {
  const fast = eventData(text);
  if (!fast) return true;
  const slow = reference(text);
  return 'data' in slow && isDeepStrictEqual(fast.data, slow.data) && fast.decimalIds.length === 0;
}

describe('eventData', () => {
  it('reads every bundled example plan, as the yaml library does', () => {
    const examples = globSync('examples/**/*.yaml', { cwd: root });
    expect(examples.length).toBeGreaterThan(10);
    for (const file of examples) {
      const text = read(file);
      expect(eventData(text)?.data, file).toEqual((reference(text) as { data: unknown }).data);
    }
  });

  it('agrees with the yaml library on every YAML file of the test cases, or leaves the file to it', () => {
    const files = globSync('test/cases/**/*.{yaml,yml}', { cwd: root });
    const disagreeing = files.filter((file) => !agrees(read(file)));
    expect(disagreeing).toEqual([]);
  });

  it.each([
    ['an integer id is kept as written', 'id: 007\nimplements: [1, "1.1", 0x1F]\n', { id: '007', implements: ['1', '1.1', '0x1F'] }],
    [
      'core-schema scalars',
      'a: 0x1F\nb: .5\nc: ~\nd: True\ne: 2019-02-25\nf: 1_000\ng: 0o17\nh: -.inf\ni: "1.10"\nj:\n',
      { a: 31, b: 0.5, c: null, d: true, e: '2019-02-25', f: '1_000', g: 15, h: -Infinity, i: '1.10', j: null },
    ],
    ['flow collections', 'period: { start: 2019, end: 2022 }\nthemes: [a, "b c", [d]]\n', { period: { start: 2019, end: 2022 }, themes: ['a', 'b c', ['d']] }],
    ['quoted keys and escapes', '"a b": "Žene \\u0161 \\"x\\""\n\'c\': \'it\'\'s\'\n', { 'a b': 'Žene š "x"', c: "it's" }],
    ['block and multi-line scalars', 't: >-\n  a\n  b\n\n  c\nl: |\n  x\n   y\np: one\n  two\n', { t: 'a b\nc', l: 'x\n y\n', p: 'one two' }],
    ['Windows line ends', 'a: 1\r\nb:\r\n  - x # note\r\n  - "y"\r\n', { a: 1, b: ['x', 'y'] }],
  ])('%s', (_, text, expected) => {
    expect(eventData(text)?.data).toEqual(expected);
    expect(reference(text)).toEqual({ data: expected });
  });

  it.each([
    ['a syntax error', 'a: "open\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an empty file', ''],
    ['a list, not a mapping', '- a\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: {b: 1}\nc:\n  <<: {d: 2}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a number key', 'organisations:\n  1.5: x\n'],
    ['a boolean key', 'true: x\n'],
    ['a flow collection as key', '[a]: x\n'],
    ['a key over 1024 characters', `${'k'.repeat(1025)}: x\n`],
    ['a quoted key over 1024 characters', `"${'k'.repeat(1100)}": x\n`],
    ['a decimal id', 'id: 1.10\n'],
    ['a decimal in a list of references', 'implements: ["1.1", 2.1]\n'],
    // Found by fuzzing: js-yaml reads these without an error, or other than the yaml library.
    ['text after a closing quote in a list', 'a:\n- "q" k: 1\n'],
    ['text after a closing bracket in a list', 'lead:\n- [1] k: \n'],
    ['a tab before an explicit key\'s line', '? k\n\tj: 1\n'],
    ['a carriage return alone', 'a: 1\rb: 2\n'],
    ['a byte order mark past the start', '# c\n\uFEFFa: 1\n'],
    ['a comment in column 1 before an indented value', 'title:\n# note\n  value\nb: 2\n'],
    ['an indentation indicator', 'a: |1\n   x\n  \n\nb: 1\n'],
    ['a keep indicator', 'a: |+\n  \n '],
    ['a document end marker', '...\na: 1\n'],
    ['an indented document start marker', '  ---\nnext: |\n    x\nb: 1\n'],
  ])('leaves %s to the yaml library', (_, text) => {
    expect(eventData(text)).toBeUndefined();
  });

  it('agrees with the yaml library on 3,000 damaged pieces of the example plans (seeded)', () => {
    const texts = globSync('examples/**/*.yaml', { cwd: root }).map(read);
    let state = 1;
    const random = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const inserts = [' ', '  ', ': ', '- ', '#', ' #', '"', "'", '\t', '\n', '\r\n', '\r', '[', ']', '{', '}', ',', '? ', '|', '>+', '|2', '&a ', '*a', '!', '<<: ', '1.5', '~', '---\n', '...\n', '\uFEFF'];
    const disagreeing: string[] = [];
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const lines = pick(texts).split('\n');
      const from = Math.floor(random() * Math.max(1, lines.length - 20));
      let text = `${lines.slice(from, from + 5 + Math.floor(random() * 25)).join('\n')}\n`;
      for (let edit = 0; edit < 1 + Math.floor(random() * 3); edit++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + pick(inserts) + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      }
      if (eventData(text)) fast++;
      if (!agrees(text)) disagreeing.push(text);
    }
    expect(disagreeing).toEqual([]);
    // The comparison means something only if many damaged texts still read on the fast path.
    expect(fast).toBeGreaterThan(400);
  });
});
