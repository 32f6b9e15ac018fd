// wpsplan render: template problems at the template's file and line, plan text escaped, images confined,
// and the built-in templates' output carrying every part of the plan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

describe('the built-in lap template on a Bosnian example', () => {
  it('carries every objective, outcome, action, indicator and concern of the plan, in Bosnian', async () => {
    const r = await run(['render', 'examples/bosnia-and-herzegovina/tuzla.lap.yaml', '--to', 'html', '-o', out], repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, 'tuzla.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const plan = parse(readFileSync(join(repo, 'examples/bosnia-and-herzegovina/tuzla.lap.yaml'), 'utf8')) as {
      title: string;
      objectives: { id: string; title: string; outcomes?: { id: string; title: string; actions: { id: string; title: string; indicators?: { id: string; title: string }[] }[]; indicators?: { id: string; title: string }[] }[]; actions?: { id: string; title: string }[]; indicators?: { id: string; title: string }[] }[];
      concerns: { title: string }[];
    };
    const wanted: string[] = [plan.title];
    for (const o of plan.objectives) {
      wanted.push(o.id, o.title, ...(o.indicators ?? []).flatMap((i) => [i.id, i.title]));
      for (const oc of o.outcomes ?? []) {
        wanted.push(oc.id, oc.title, ...(oc.indicators ?? []).flatMap((i) => [i.id, i.title]));
        for (const a of oc.actions) wanted.push(a.id, a.title, ...(a.indicators ?? []).flatMap((i) => [i.id, i.title]));
      }
      for (const a of o.actions ?? []) wanted.push(a.id, a.title);
    }
    wanted.push(...plan.concerns.map((c) => c.title));
    const missing = wanted.filter((w) => !text.includes(w));
    expect(missing).toEqual([]);
    for (const label of ['Sadržaj', 'Akcioni plan', 'Okvir indikatora', 'Radna grupa', 'Kako ovaj plan lokalizira državni akcioni plan']) expect(text).toContain(label);
    expect(text).toContain('Ekonomska nesigurnost žena');
  });
});
