// Render benchmark: one typical LAP to .docx + .pdf in-process, warm, median of many runs; ms per document and pages per second.
// Measured twice in the same run: on a worker thread with the heap `wpsplan build` gives its render workers
// (RENDER_LIMITS; the budget applies to it), and on the main thread with Node's default heap, as the baseline.
// Run after `npm run build`: node bench/render.js [plan] (default: examples/bosnia-and-herzegovina/tuzla.lap.yaml).
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { RENDER_LIMITS } from '../dist/build/render-limits.js';
import { nodeEnv } from '../dist/env.js';
import { buildDocument } from '../dist/render/render-plan.js';
import { loadTemplate } from '../dist/render/template.js';
import { templateDir } from '../dist/render/template-dir.js';
import { writers } from '../dist/write/index.js';
import { loadWorkspace } from '../dist/workspace/load-workspace.js';

const root = join(import.meta.dirname, '..');
const planPath = process.argv[2] ?? join(root, 'examples', 'bosnia-and-herzegovina', 'tuzla.lap.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 60);
// Enough warm-up runs for the JIT and for V8 to size the young generation to the documents.
const WARM_UP = 20;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const env = nodeEnv({ cwd: root });
const { ws } = await loadWorkspace(env, [planPath]);
const plan = ws.files.find((f) => !f.found.sibling).plan;
const { template } = await loadTemplate(env, templateDir(env, plan.kind === 'NationalActionPlan' ? 'nap' : 'lap'));
const docx = await writers.docx();
const pdf = await writers.pdf();
const language = plan.data.language ?? 'en';

/** Medians of `runs` warm renders (after the warm-up runs), and the PDF's page count. */
async function measure() {
  const times = { document: [], docx: [], pdf: [] };
  let pages = 0;
  for (let i = 0; i < runs + WARM_UP; i++) {
    let t = performance.now();
    const { document, theme } = buildDocument(env, ws, plan, template, language);
    const built = performance.now() - t;
    t = performance.now();
    for await (const _ of docx(document, theme));
    const d = performance.now() - t;
    t = performance.now();
    const bytes = [];
    for await (const part of pdf(document, theme)) bytes.push(part);
    const p = performance.now() - t;
    if (i < WARM_UP) continue;
    times.document.push(built);
    times.docx.push(d);
    times.pdf.push(p);
    pages = (Buffer.concat(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  }
  return { document: median(times.document), docx: median(times.docx), pdf: median(times.pdf), pages };
}

if (!isMainThread) {
  parentPort.postMessage(await measure());
} else {
  const worker = await new Promise((resolve, reject) => {
    new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), resourceLimits: RENDER_LIMITS }).once('message', resolve).once('error', reject);
  });
  const main = await measure();
  const total = (m) => m.document + m.docx + m.pdf;
  const row = (label, w, m) => console.log(`  ${label.padEnd(42)}${w.padStart(10)}${m.padStart(14)}`);
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`${plan.file}: ${worker.pages} PDF pages; medians of ${runs} warm runs`);
  row('', 'build worker', 'main thread');
  row('plan → Document (template, HTML, reader)', ms(worker.document), ms(main.document));
  row('Document → .docx', ms(worker.docx), ms(main.docx));
  row('Document → .pdf', ms(worker.pdf), ms(main.pdf));
  row('PDF pages per second', ((worker.pages / worker.pdf) * 1000).toFixed(0), ((main.pages / main.pdf) * 1000).toFixed(0));
  row('one LAP to .docx + .pdf', ms(total(worker)), ms(total(main)));
  console.log(`  build worker over main thread: ${(total(worker) / total(main)).toFixed(2)}×; budget 60 ms on the build worker: ${total(worker) <= 60 ? 'ok' : 'OVER'}`);
  process.exitCode = total(worker) <= 60 ? 0 : 1;
}
