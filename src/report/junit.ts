// JUnit XML for GitLab and Jenkins: one testcase per checked file; each error is a failure of it, warnings and infos go to its system-out.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Reporter } from './reporter.js';

/** Characters XML 1.0 does not allow at all, not even as character references (lone surrogates included). */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/** Character data: line breaks and tabs stay as they are, except \r, which a parser would turn into \n. */
const text = (s: string): string => s.replace(ILLEGAL, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);

/** An attribute value: line breaks and tabs as references too, or a parser would turn them into spaces. */
const attr = (s: string): string => s.replace(ILLEGAL, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);

const at = (file: string, d: { range?: Diagnostic['range'] }): string =>
  d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;

/** The `file:line:col severity code message` line, the hint and the related places, as stylish prints them without colour. */
function describe(d: Diagnostic): string {
  const lines = [`${at(d.file, d)} ${d.severity} ${d.code} ${d.message}`];
  if (d.hint) lines.push(`hint: ${d.hint}`);
  for (const related of d.related ?? []) lines.push(`related: ${at(related.file, related)} ${related.message}`);
  return lines.join('\n');
}

export const junit: Reporter = (input) => {
  // Every checked file in the order given, then any other file a diagnostic is about (the config file…), in order of appearance.
  const byFile = new Map<string, Diagnostic[]>(input.files.map((f) => [f.file, []]));
  for (const d of input.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }

  const cases: string[] = [];
  let failed = 0;
  for (const [file, diagnostics] of byFile) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const others = diagnostics.filter((d) => d.severity !== 'error');
    const open = `    <testcase name="${attr(file)}" classname="wpsplan.validate"`;
    if (errors.length === 0 && others.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    if (errors.length > 0) failed++;
    const lines = [`${open}>`];
    for (const d of errors) lines.push(`      <failure message="${attr(`${d.code}: ${d.message}`)}" type="${attr(d.code)}">${text(describe(d))}</failure>`);
    if (others.length > 0) lines.push(`      <system-out>${text(others.map(describe).join('\n'))}</system-out>`);
    lines.push('    </testcase>');
    cases.push(lines.join('\n'));
  }

  const counts = `tests="${byFile.size}" failures="${failed}" errors="0" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="wpsplan" ${counts}>`,
    `  <testsuite name="wpsplan" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
