// The CI report formats (junit, sarif, github) on one hand-made report: shapes, counts, locations and escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { github } from '../../src/report/github.js';
import { junit } from '../../src/report/junit.js';
import type { ReportInput } from '../../src/report/reporter.js';
import { artifactLocation, sarif } from '../../src/report/sarif.js';

const root = join(import.meta.dirname, '..', '..');

const NAP = 'plans/bih.nap.yaml';
/** Cyrillic, a space, a comma and a colon: percent-encoded in SARIF, %2C and %3A in a GitHub property. */
const LAP = 'plans/lokalni/Центар, Sarajevo: LAP.yaml';
const LAP_URI = 'plans/lokalni/%D0%A6%D0%B5%D0%BD%D1%82%D0%B0%D1%80%2C%20Sarajevo%3A%20LAP.yaml';
const CLEAN = 'plans/clean.lap.yaml';

/** Every character some format must escape, and Bosnian and Cyrillic text. */
const SPECIAL = 'Akcija „A1“ nema nosioca: 100% <b> & "lead", Općina Centar — Општина Центар\r\ndrugi red';
const SPECIAL_HINT = "dodajte `lead:` {organisation} — it's <required>";

const duplicate: Diagnostic = {
  code: 'plan/duplicate-id',
  severity: 'error',
  message: 'the id "A1" is used twice',
  file: NAP,
  range: { start: { line: 12, column: 7 }, end: { line: 12, column: 11 } },
  path: ['actions', 3, 'id'],
  hint: 'rename one of them',
  related: [{ message: 'first used here', file: LAP, range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } } }],
};
/** Reported as info although the registry's default is warning. */
const period: Diagnostic = {
  code: 'xref/period-outside-parent',
  severity: 'info',
  message: 'the period 2019–2024 overlaps but is not inside the parent period 2020–2025',
  file: NAP,
  range: { start: { line: 2, column: 9 }, end: { line: 2, column: 19 } },
};
/** No range; a BEL, a U+FFFE and a lone surrogate, which XML 1.0 does not allow. */
const unknownPlan: Diagnostic = {
  code: 'xref/unknown-plan',
  severity: 'error',
  message: 'parent "BA\u0007-\uFFFE-\uD800NAP" is not among the plans checked',
  file: NAP,
};
const noLead: Diagnostic = {
  code: 'plan/action-without-lead',
  severity: 'warning',
  message: SPECIAL,
  file: LAP,
  range: { start: { line: 5, column: 3 }, end: { line: 7, column: 1 } },
  hint: SPECIAL_HINT,
};

const counts = (error: number, warning: number, info: number) => ({ error, warning, info });

const input: ReportInput = {
  diagnostics: [duplicate, period, unknownPlan, noLead],
  totals: counts(2, 1, 1),
  files: [
    { file: NAP, kind: 'NationalActionPlan', id: 'BA-NAP-2', counts: counts(2, 0, 1) },
    { file: LAP, kind: 'LocalActionPlan', id: 'BA-SA-CENTAR', counts: counts(0, 1, 0) },
    { file: CLEAN, kind: 'LocalActionPlan', id: 'BA-TZ', counts: counts(0, 0, 0) },
  ],
  lineText: () => undefined,
  color: false,
  verbose: false,
};

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8')) as Record<string, unknown>;
  // The package is CommonJS: its class is also its own `default`, which is what TypeScript sees.
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only a non-Unicode RegExp accepts.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  // RFC 3986 characters only: a space or a non-ASCII letter left unencoded fails.
  const uriReference = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', uriReference);
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriReference.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);

  const text = sarif(input);
  const log = JSON.parse(text);
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 JSON Schema, which does reject a broken log', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = JSON.parse(text);
    broken.runs[0].results[0].level = 'info';
    broken.runs[0].results[1].locations[0].physicalLocation.region.startColumn = 0;
    broken.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = 'plans/a b.yaml';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e: { instancePath: string }) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level',
        '/runs/0/results/1/locations/0/physicalLocation/region/startColumn',
        '/runs/0/results/2/locations/0/physicalLocation/artifactLocation/uri',
      ]),
    );
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'wpsplan', version: pkg.version });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('has a rule for exactly the codes reported, sorted, with the registry title and default level', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'plan/action-without-lead',
      'plan/duplicate-id',
      'xref/period-outside-parent',
      'xref/unknown-plan',
    ]);
    const [noLeadRule, , periodRule, unknownPlanRule] = run.tool.driver.rules;
    expect(periodRule).toEqual({
      id: 'xref/period-outside-parent',
      shortDescription: { text: codes['xref/period-outside-parent'].title },
      fullDescription: { text: codes['xref/period-outside-parent'].title },
      defaultConfiguration: { level: 'warning' },
      help: { text: `${codes['xref/period-outside-parent'].title}\nRun \`wpsplan explain xref/period-outside-parent\` for more.` },
    });
    expect(unknownPlanRule.defaultConfiguration.level).toBe('error');
    expect(noLeadRule.defaultConfiguration.level).toBe('warning');
  });

  it('gives each result its rule, level, message with hint, and region', () => {
    const rules = run.tool.driver.rules as { id: string }[];
    for (const result of run.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(input.diagnostics.map((d) => d.code));
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'note', 'error', 'warning']);

    const [first, , third, fourth] = run.results;
    expect(first.message.text).toBe('the id "A1" is used twice\nhint: rename one of them');
    expect(first.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: NAP, uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 11 },
        },
      },
    ]);
    expect(fourth.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: LAP_URI, uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 3, endLine: 7, endColumn: 1 },
    });
    expect(decodeURIComponent(fourth.locations[0].physicalLocation.artifactLocation.uri)).toBe(LAP);
    // JSON keeps every character; braces are doubled so that no viewer takes {organisation} for a placeholder.
    expect(fourth.message.text).toBe(`${SPECIAL}\nhint: ${SPECIAL_HINT.replace('{organisation}', '{{organisation}}')}`);
    // Without a range: the file only.
    expect(third.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: NAP, uriBaseId: '%SRCROOT%' } } }]);
  });

  it('lists related places with an id, a location and a message', () => {
    expect(run.results[0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: LAP_URI, uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
        },
        message: { text: 'first used here' },
      },
    ]);
    expect(run.results.slice(1).some((r: object) => 'relatedLocations' in r)).toBe(false);
  });

  it('turns absolute and Windows paths into file: URIs and keeps relative ones relative', () => {
    expect(artifactLocation('plans\\sub dir\\a#1.yaml')).toEqual({ uri: 'plans/sub%20dir/a%231.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../shared/100%.yaml')).toEqual({ uri: '../shared/100%25.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/home/ana/plan č.yaml')).toEqual({ uri: 'file:///home/ana/plan%20%C4%8D.yaml' });
    expect(artifactLocation('C:\\plans\\a.yaml')).toEqual({ uri: 'file:///C:/plans/a.yaml' });
  });

  it('is deterministic, and an empty report is a valid log with no rules and no results', () => {
    expect(sarif(input)).toBe(text);
    const empty = JSON.parse(sarif({ ...input, diagnostics: [], totals: counts(0, 0, 0) }));
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('junit', () => {
  const xml = junit(input);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
  });
  type TestCase = { name: string; classname: string; failure?: { message: string; type: string; '#text': string }[]; 'system-out'?: string };
  type Suite = { name: string; tests: string; failures: string; errors: string; testcase: TestCase[] };
  const parse = (text: string): Suite[] => (parser.parse(text) as { testsuites: { testsuite: Suite[] } }).testsuites.testsuite;

  it('is well-formed XML: escaped markup, no character XML 1.0 forbids', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    // Every attribute value: no raw <, & only in a reference (the validator does not check these).
    for (const [, value] of xml.matchAll(/ [a-z]+="([^"]*)"/g)) expect(value).toMatch(/^(?:[^<&]|&(?:amp|lt|gt|quot|apos|#\d+);)*$/);
    // Character data: no raw & outside a reference, no > (and so no stray ]]>).
    const data = xml.replace(/<[^>]*>/g, '');
    expect(data).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
    expect(data).not.toContain('>');
    expect(xml).toContain('100% &lt;b&gt; &amp; &quot;lead&quot;');
  });

  it('has one testsuite with one testcase per file, and counts failing files', () => {
    const suites = parse(xml);
    expect(suites).toHaveLength(1);
    const suite = suites[0]!;
    expect({ name: suite.name, tests: suite.tests, failures: suite.failures, errors: suite.errors }).toEqual({ name: 'wpsplan', tests: '3', failures: '1', errors: '0' });
    expect(suite.testcase.map((c) => [c.name, c.classname])).toEqual([
      [NAP, 'wpsplan.validate'],
      [LAP, 'wpsplan.validate'],
      [CLEAN, 'wpsplan.validate'],
    ]);
    expect(xml).not.toMatch(/time(stamp)?=/);
    expect(junit(input)).toBe(xml);
  });

  it('fails a file once per error; warnings and infos go to system-out; a clean file passes', () => {
    const [nap, lap, clean] = parse(xml)[0]!.testcase;
    expect(nap!.failure!.map((f) => [f.type, f.message])).toEqual([
      ['plan/duplicate-id', 'plan/duplicate-id: the id "A1" is used twice'],
      ['xref/unknown-plan', 'xref/unknown-plan: parent "BA--NAP" is not among the plans checked'],
    ]);
    expect(nap!.failure![0]!['#text']).toBe(
      [`${NAP}:12:7 error plan/duplicate-id the id "A1" is used twice`, 'hint: rename one of them', `related: ${LAP}:3:5 first used here`].join('\n'),
    );
    expect(nap!.failure![1]!['#text']).toBe(`${NAP} error xref/unknown-plan parent "BA--NAP" is not among the plans checked`);
    expect(nap!['system-out']).toBe(`${NAP}:2:9 info xref/period-outside-parent ${period.message}`);

    expect(lap!.failure).toBeUndefined();
    // The message's \r\n, quotes, <, & and Cyrillic come back exactly.
    expect(lap!['system-out']).toBe(`${LAP}:5:3 warning plan/action-without-lead ${SPECIAL}\nhint: ${SPECIAL_HINT}`);

    expect(clean!.failure).toBeUndefined();
    expect(clean!['system-out']).toBeUndefined();
    expect(xml).toContain(`<testcase name="${CLEAN}" classname="wpsplan.validate"/>`);
  });

  it('keeps line breaks and tabs in attributes as references', () => {
    const out = junit({ ...input, diagnostics: [{ ...noLead, severity: 'error', message: `${SPECIAL}\tkraj` }], files: [input.files[1]!] });
    // A parser turns a raw line break or tab in an attribute into a space; fast-xml-parser does not, so look at the text.
    expect(out).toContain('Општина Центар&#13;&#10;drugi red&#9;kraj" type="plan/action-without-lead">');
    for (const [, value] of out.matchAll(/ [a-z]+="([^"]*)"/g)) expect(value).not.toMatch(/[\r\n\t]/);
    expect(parse(out)[0]!.testcase[0]!.failure![0]!.message).toBe(`plan/action-without-lead: ${SPECIAL}\tkraj`);
  });

  it('adds a testcase for a file that was not checked but has diagnostics (the config file)', () => {
    const config: Diagnostic = { code: 'schema/type', severity: 'error', message: 'must be a list', file: 'wpsplan.config.yaml' };
    const suite = parse(junit({ ...input, diagnostics: [config, ...input.diagnostics], totals: counts(3, 1, 1) }))[0]!;
    expect(suite.tests).toBe('4');
    expect(suite.failures).toBe('2');
    expect(suite.testcase.map((c) => c.name)).toEqual([NAP, LAP, CLEAN, 'wpsplan.config.yaml']);
  });

  it('passes every file when there are no problems', () => {
    const suite = parse(junit({ ...input, diagnostics: [], totals: counts(0, 0, 0) }))[0]!;
    expect([suite.tests, suite.failures]).toEqual(['3', '0']);
    expect(suite.testcase.every((c) => c.failure === undefined && c['system-out'] === undefined)).toBe(true);
  });
});

describe('github', () => {
  const out = github(input);
  const lines = out.split('\n');
  const GRAMMAR = /^::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::.*$/;

  it('prints one workflow command per diagnostic, then a plain summary', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(input.diagnostics.length + 2);
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, 4)) expect(line).toMatch(GRAMMAR);
    expect(lines.slice(0, 4).map((l) => GRAMMAR.exec(l)?.[1])).toEqual(['error', 'notice', 'error', 'warning']);
    expect(lines[4]).toBe('wpsplan: 2 errors, 1 warning, 1 info in 3 files');
    expect(lines[4]).not.toMatch(/^::/);
  });

  it('gives the file, the range and the code, and the message with its hint', () => {
    expect(lines[0]).toBe('::error file=plans/bih.nap.yaml,line=12,col=7,endLine=12,endColumn=11,title=plan/duplicate-id::the id "A1" is used twice — rename one of them');
    expect(lines[1]).toBe(`::notice file=plans/bih.nap.yaml,line=2,col=9,endLine=2,endColumn=19,title=xref/period-outside-parent::${period.message}`);
    // No range: no line or column properties.
    expect(lines[2]).toBe(`::error file=plans/bih.nap.yaml,title=xref/unknown-plan::${unknownPlan.message}`);
  });

  it('escapes : and , in property values and %, CR and LF in the message', () => {
    const line = lines[3]!;
    expect(line).toBe(
      '::warning file=plans/lokalni/Центар%2C Sarajevo%3A LAP.yaml,line=5,col=3,endLine=7,endColumn=1,title=plan/action-without-lead::' +
        'Akcija „A1“ nema nosioca: 100%25 <b> & "lead", Općina Centar — Општина Центар%0D%0Adrugi red — ' +
        "dodajte `lead:` {organisation} — it's <required>",
    );
    // What the runner reads back.
    const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const [, properties, message] = /^::warning ([^:]*)::(.*)$/.exec(line)!;
    expect(unescape(properties!.split(',')[0]!)).toBe(`file=${LAP}`);
    expect(unescape(message!)).toBe(`${SPECIAL} — ${SPECIAL_HINT}`);
  });

  it('gives the path with forward slashes, as annotations need', () => {
    expect(github({ ...input, diagnostics: [{ ...unknownPlan, file: 'plans\\lokalni\\tz.lap.yaml' }] }).split('\n')[0]).toBe(
      `::error file=plans/lokalni/tz.lap.yaml,title=xref/unknown-plan::${unknownPlan.message}`,
    );
  });

  it('escapes % before the other escapes, in properties too', () => {
    const d: Diagnostic = { ...period, file: 'plans/100%:a,b.yaml', message: '%0A is not a line break\n' };
    expect(github({ ...input, diagnostics: [d] }).split('\n')[0]).toBe(
      '::notice file=plans/100%25%3Aa%2Cb.yaml,line=2,col=9,endLine=2,endColumn=19,title=xref/period-outside-parent::%250A is not a line break%0A',
    );
  });

  it('says when there are more warnings than --max-warnings allows, and counts singular and plural', () => {
    expect(github({ ...input, maxWarnings: 0 }).trimEnd().split('\n').at(-1)).toBe(
      'wpsplan: 2 errors, 1 warning, 1 info in 3 files; more than the 0 warnings allowed by --max-warnings',
    );
    expect(github({ ...input, maxWarnings: 1 }).trimEnd().split('\n').at(-1)).toBe('wpsplan: 2 errors, 1 warning, 1 info in 3 files');
    expect(github({ ...input, diagnostics: [], totals: counts(0, 0, 0), files: input.files.slice(0, 1) })).toBe('wpsplan: 0 errors, 0 warnings, 0 infos in 1 file\n');
  });
});
