// wpsplan render: template problems at the template's file and line, plan text escaped, images confined,
// and the built-in templates' output carrying every part of the plan.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docxText, pdfPages, pdfText } from './helpers/document-text.js';
import { diagnosticLines, run } from './helpers/run.js';

const repo = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const out = mkdtempSync(join(tmpdir(), 'wpsplan-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const render = (plan: string, ...args: string[]) => run(['render', plan, '-o', out, ...args], fixtures);

describe('template problems', () => {
  it('an element outside document HTML is reported at the template file and line', async () => {
    const r = await render('render/hostile.lap.yaml', '--template', 'templates/element', '--to', 'html');
    expect(diagnosticLines(r.stdout)).toEqual(['templates/element/document.hbs:2:1 error template/unknown-element <div> is not part of document HTML']);
    expect(r.status).toBe(1);
  });

  it('a missing field (strict mode) is reported in the partial that uses it', async () => {
    const r = await render('render/hostile.lap.yaml', '--template', 'templates/field', '--to', 'html');
    expect(diagnosticLines(r.stdout)).toEqual(['templates/field/partials/part.hbs:2:6 error template/missing-field the field "nosuchfield" is not in the document data']);
    expect(r.status).toBe(1);
  });

  it('an unknown helper is reported where it is called', async () => {
    const r = await render('render/hostile.lap.yaml', '--template', 'templates/helper', '--to', 'html');
    expect(diagnosticLines(r.stdout)).toEqual(['templates/helper/document.hbs:2:4 error template/unknown-helper the helper "shout" does not exist']);
  });

  it('a partial path outside the template folder is no partial', async () => {
    const r = await render('render/hostile.lap.yaml', '--template', 'templates/partial-outside', '--to', 'html');
    expect(diagnosticLines(r.stdout)).toEqual(['templates/partial-outside/document.hbs:2:4 error template/unknown-partial the partial "../../secret" is not in the template\'s partials folder']);
  });

  it('an image outside the plan folder is refused, and nothing is written', async () => {
    const r = await render('render/hostile-image.lap.yaml', '--template', 'templates/escape', '--to', 'html');
    expect(diagnosticLines(r.stdout)).toEqual([
      "render/hostile-image.lap.yaml error template/image the image plan:../../../../etc/hostname is outside the plan's folder (in the document the template escape made of this plan)",
    ]);
    expect(r.status).toBe(1);
    expect(() => readFileSync(join(out, 'hostile-image.html'))).toThrow();
  });

  it('a template name that does not exist, and a template for another kind, are usage errors', async () => {
    const missing = await render('render/hostile.lap.yaml', '--template', 'no-such-template');
    expect(missing.stderr).toContain('wpsplan: error: template not found: no-such-template');
    expect(missing.status).toBe(2);
    const kind = await render('render/hostile.lap.yaml', '--template', 'nap');
    expect(kind.stderr).toContain('the template nap renders NationalActionPlan, not a LocalActionPlan');
    expect(kind.status).toBe(2);
    const whole = await run(['render', 'bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml', '--template', 'rollup', '-o', out], join(import.meta.dirname, '..', 'examples'));
    expect(whole.stderr).toContain('the template rollup needs every local plan and report of a national plan, not one file');
    expect(whole.stderr).toContain('run wpsplan build');
    expect(whole.status).toBe(2);
  });
});

describe('plan text in templates', () => {
  it('is escaped: markup and {{ }} in plan values come out as text; raw HTML in Markdown stays text', async () => {
    const r = await render('render/hostile.lap.yaml', '--template', 'templates/escape', '--to', 'html');
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, 'hostile.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{title}} &amp; co</h1>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Raw &lt;b&gt;HTML&lt;/b&gt; stays text; <strong>Markdown</strong> works.');
  });
});

describe('a plan with errors', () => {
  it('is not rendered, and says why', async () => {
    const r = await run(['render', 'test/cases/validate/pillars/plan.nap.yaml', '-o', out], repo);
    expect(r.stderr).toContain('wpsplan: error: test/cases/validate/pillars/plan.nap.yaml was not rendered: it has errors');
    expect(r.status).toBe(1);
  });
});

type Titled = { id: string; title: string };
type Example = {
  title: string;
  objectives: (Titled & { indicators?: Titled[]; outcomes?: (Titled & { indicators?: Titled[]; actions: (Titled & { indicators?: Titled[] })[] })[]; actions?: (Titled & { indicators?: Titled[] })[] })[];
  concerns?: { title: string }[];
};

/** Every objective, outcome, action and indicator id and title, and the concerns, of a plan file. */
function partsOf(file: string): string[] {
  const plan = parse(readFileSync(join(repo, file), 'utf8')) as Example;
  const wanted: string[] = [plan.title];
  const withIndicators = (e: Titled & { indicators?: Titled[] }): string[] => [e.id, e.title, ...(e.indicators ?? []).flatMap((i) => [i.id, i.title])];
  for (const o of plan.objectives) {
    wanted.push(...withIndicators(o));
    for (const oc of o.outcomes ?? []) wanted.push(...withIndicators(oc), ...oc.actions.flatMap(withIndicators));
    for (const a of o.actions ?? []) wanted.push(...withIndicators(a));
  }
  wanted.push(...(plan.concerns ?? []).map((c) => c.title));
  return wanted;
}

// Line wrapping in the PDF and runs in Word split text anywhere a space is: compare without whitespace.
const squeeze = (text: string): string => text.replace(/\s+/g, '');
const missingFrom = (text: string, wanted: string[]): string[] => wanted.filter((w) => !squeeze(text).includes(squeeze(w)));

describe('the built-in templates on the examples', () => {
  const docs = join(out, 'docs');
  const rendered = (name: string): Uint8Array => readFileSync(join(docs, name));

  it('render the Bosnian LAP, the national plan and the Ukrainian LAP to .docx, .pdf and .html', async () => {
    for (const file of ['examples/bosnia-and-herzegovina/tuzla.lap.yaml', 'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml', 'examples/ukraine/vinnytsia-hromada.lap.yaml']) {
      const r = await run(['render', file, '--to', 'docx,pdf,html', '-o', docs], repo);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('the .docx carries every objective, outcome, action and indicator, in Word heading styles, in Bosnian', () => {
    const { xml, text } = docxText(rendered('tuzla.docx'));
    expect(missingFrom(text, partsOf('examples/bosnia-and-herzegovina/tuzla.lap.yaml'))).toEqual([]);
    expect(text).toContain('Ekonomska nesigurnost žena');
    expect(xml['word/document.xml']).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml['word/document.xml']).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o/);
    expect(xml['docProps/core.xml']).toContain('2019-06-27');
    expect(Object.values(xml).some((x) => x.includes('Stranica'))).toBe(true);
  });

  it('the PDF carries the same, with an outline and an embedded font', async () => {
    const bytes = rendered('tuzla.pdf');
    const text = await pdfText(bytes);
    expect(missingFrom(text, partsOf('examples/bosnia-and-herzegovina/tuzla.lap.yaml'))).toEqual([]);
    expect(text).toContain('Stranica 2 od');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/Lang (bs)');
  });

  it('the national plan and the Ukrainian plan carry all their parts too', async () => {
    for (const [name, file] of [
      ['ba-nap-2018-2022', 'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml'],
      ['vinnytsia-hromada', 'examples/ukraine/vinnytsia-hromada.lap.yaml'],
    ] as const) {
      expect(missingFrom(docxText(rendered(`${name}.docx`)).text, partsOf(file))).toEqual([]);
      const text = await pdfText(rendered(`${name}.pdf`));
      expect(missingFrom(text, partsOf(file))).toEqual([]);
    }
  });

  it('fill label placeholders and head the budget sources as sources of funds', async () => {
    // tuzla.lap.yaml lists 8 working-group members (counted by hand).
    const word = docxText(rendered('tuzla.docx')).text;
    const pdf = await pdfText(rendered('tuzla.pdf'));
    for (const text of [word, pdf]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('radna grupa od 8 članova i članica');
      expect(flat).toContain('Izvor finansiranja');
      expect(flat).not.toMatch(/\{\w+\}/);
    }
  });

  it('give words room: the id of a concern and the "not stated" header of the working group are never broken across lines', async () => {
    // A column too narrow for a word breaks it inside ("nasilj" / "e-u-porodi" / "ci"); the PDF text shows where lines break.
    const pdf = await pdfText(rendered('tuzla.pdf'));
    expect(pdf).toContain('(nasilje-u-porodici)');
    expect(pdf).toContain('(ekonomska-nesigurnost)');
    expect(pdf).toContain('Nije navedeno');
  });

  it('keep a goal, its pillars line, its table header and first outcome with the first action, in the PDF and in Word', async () => {
    // tuzla.lap.yaml: goal 2 starts with outcome 2.1 and action 2.1.1; the pillars line is `keep-with-next` in the template.
    const pages = await pdfPages(rendered('tuzla.pdf'));
    // The last page naming goal 2: the first is the contents.
    const page = pages.filter((text) => text.includes('Strateški cilj 2:')).at(-1)!;
    for (const text of ['Stubovi: Povećan nivo ljudske sigurnosti', 'Očekivani rezultat 2.1', '2.1.1']) expect(page).toContain(text);
    const xml = docxText(rendered('tuzla.docx')).xml['word/document.xml']!;
    const pillarsLine = [...xml.matchAll(/<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>/g)].map(([p]) => p).filter((p) => p.includes('>Stubovi:<') || p.includes('>Stubovi:</w:t>'));
    expect(pillarsLine.length).toBeGreaterThan(0);
    for (const p of pillarsLine) expect(p).toContain('<w:keepNext/>');
  });

  it('are byte-identical when rendered again, in another process', () => {
    const again = join(out, 'again');
    const r = spawnSync(process.execPath, [join(repo, 'dist', 'bin.js'), 'render', 'examples/bosnia-and-herzegovina/tuzla.lap.yaml', '--to', 'docx,pdf', '-o', again], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const ext of ['docx', 'pdf']) expect(Buffer.compare(readFileSync(join(again, `tuzla.${ext}`)), Buffer.from(rendered(`tuzla.${ext}`)))).toBe(0);
  });

  it('takes its date from SOURCE_DATE_EPOCH when set', async () => {
    const dated = join(out, 'dated');
    const r = await run(['render', 'examples/bosnia-and-herzegovina/tuzla.lap.yaml', '--to', 'docx', '-o', dated], repo, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r.status).toBe(0);
    expect(docxText(readFileSync(join(dated, 'tuzla.docx'))).xml['docProps/core.xml']).toContain('2023-11-14');
  });
});

describe('the built-in progress template on a Bosnian report', () => {
  it('carries every action status, rating word and share in the .docx and the PDF', async () => {
    const docs = join(out, 'report');
    const r = await run(['render', 'examples/bosnia-and-herzegovina/tuzla-2020.report.yaml', '-o', docs], repo);
    expect(r.status).toBe(0);
    const word = docxText(readFileSync(join(docs, 'tuzla-2020.docx'))).text;
    const pdf = await pdfText(readFileSync(join(docs, 'tuzla-2020.pdf')));
    // Tuzla 2020, computed by hand: L-2.1a achieved (58 − 45)/(90 − 45) = 28.9 %, expected (2020 − 2018)/(2022 − 2018) = 50.0 %: at risk.
    for (const text of [word, pdf]) {
      const flat = text.replace(/\s+/g, ' ');
      for (const word of ['na putu', 'u riziku', 'zaostaje', 'nije ocijenjeno', 'otkazano', 'kasni', 'u toku']) expect(flat).toContain(word);
      expect(squeeze(flat)).toMatch(/L-2\.1a.*?28,9%50,0%uriziku/);
    }
    // The two charts: images in the .docx, drawn (with their titles as text) in the PDF.
    const media = Object.keys(unzipSync(readFileSync(join(docs, 'tuzla-2020.docx')))).filter((name) => /^word\/media\/.*\.png$/.test(name));
    expect(media).toHaveLength(2);
    expect(pdf).toContain('Aktivnosti po statusu u svakom stubu');
    expect(pdf).toContain('Ostvareni i očekivani udio po indikatorima');
    expect(Buffer.from(readFileSync(join(docs, 'tuzla-2020.pdf'))).toString('latin1')).not.toContain('/Subtype /Image');
    // The charts write numbers as Bosnian does: the alt text in Word, the SVG in HTML.
    expect(docxText(readFileSync(join(docs, 'tuzla-2020.docx'))).xml['word/document.xml']).toContain('L-2.1a 28,9 % / 50 %');
    const html = await run(['render', 'examples/bosnia-and-herzegovina/tuzla-2020.report.yaml', '--to', 'html', '-o', docs], repo);
    expect(html.status).toBe(0);
    const svg = readFileSync(join(docs, 'tuzla-2020.html'), 'utf8');
    expect(svg).toMatch(/<svg[^>]*>.*>28,9 %<\/text>/s);
    expect(svg).not.toMatch(/\b28\.9 %/);
  });
});

describe('a report whose plan has errors', () => {
  it('is not rendered: the plan\'s error is shown at its line, the report named, the exit status 1', async () => {
    const dir = join(out, 'broken-plan');
    mkdirSync(dir);
    for (const name of ['ba-nap-2018-2022.nap.yaml', 'doboj.lap.yaml', 'doboj-2020.report.yaml']) copyFileSync(join(repo, 'examples', 'bosnia-and-herzegovina', name), join(dir, name));
    const lap = join(dir, 'doboj.lap.yaml');
    writeFileSync(lap, readFileSync(lap, 'utf8').replace(/^period:.*$/m, 'period: { start: 2022, end: 2019 }'));
    const r = await run(['render', 'doboj-2020.report.yaml', '-o', 'docs'], dir);
    expect(diagnosticLines(r.stdout)[0]).toMatch(/^doboj\.lap\.yaml:\d+:29 error plan\/period-reversed /);
    expect(r.stderr).toContain('doboj-2020.report.yaml was not rendered: it or a plan it refers to (doboj.lap.yaml) has errors');
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  });
});

describe('output', () => {
  it('that cannot be written is io/write with exit status 1', async () => {
    const r = await run(['render', 'examples/bosnia-and-herzegovina/tuzla.lap.yaml', '--to', 'html', '-o', 'README.md/inside'], repo);
    expect(diagnosticLines(r.stdout)[0]).toMatch(/^README\.md\/inside error io\/write cannot write the documents here \(E(NOTDIR|EXIST)\)$/);
    expect(r.status).toBe(1);
  });

  it('never replaces an input file', async () => {
    const r = await run(['render', 'test/fixtures/render/hostile.lap.yaml', '--template', 'test/fixtures/templates/escape', '--to', 'html', '-o', 'test/fixtures/render'], repo);
    expect(r.status).toBe(0);
    rmSync(join(fixtures, 'render', 'hostile.html'));
  });
});
