// Render benchmark: one typical LAP to .docx + .pdf in-process, warm, median of many runs; ms per document and pages per second.
// Run after `npm run build`: node bench/render.js [plan] (default: examples/bosnia-and-herzegovina/tuzla.lap.yaml).
import { join } from 'node:path';
import { nodeEnv } from '../dist/env.js';
import { buildDocument } from '../dist/render/render-plan.js';
import { loadTemplate, templateDir } from '../dist/render/template.js';
import { writers } from '../dist/write/index.js';
import { loadWorkspace } from '../dist/workspace/load-workspace.js';

const root = join(import.meta.dirname, '..');
const planPath = process.argv[2] ?? join(root, 'examples', 'bosnia-and-herzegovina', 'tuzla.lap.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 40);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const env = nodeEnv({ cwd: root });
const { ws } = await loadWorkspace(env, [planPath]);
const plan = ws.files.find((f) => !f.found.sibling).plan;
const { template } = await loadTemplate(env, templateDir(env, plan.kind === 'NationalActionPlan' ? 'nap' : 'lap'));
const docx = await writers.docx();
const pdf = await writers.pdf();
const language = plan.data.language ?? 'en';

const times = { document: [], docx: [], pdf: [] };
let pages = 0;
for (let i = 0; i < runs + 5; i++) {
  let t = performance.now();
  const { document, theme } = buildDocument(env, ws, plan, template, language);
  const built = performance.now() - t;
  t = performance.now();
  await docx(document, theme);
  const d = performance.now() - t;
  t = performance.now();
  const bytes = await pdf(document, theme);
  const p = performance.now() - t;
  if (i < 5) continue; // warm-up
  times.document.push(built);
  times.docx.push(d);
  times.pdf.push(p);
  pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
const total = median(times.document) + median(times.docx) + median(times.pdf);
console.log(`${plan.file}: ${pages} PDF pages; medians of ${runs} warm runs`);
console.log(`  plan → Document (template, HTML, reader) ${median(times.document).toFixed(1)} ms`);
console.log(`  Document → .docx                         ${median(times.docx).toFixed(1)} ms`);
console.log(`  Document → .pdf                          ${median(times.pdf).toFixed(1)} ms  (${((pages / median(times.pdf)) * 1000).toFixed(0)} pages/s)`);
console.log(`  one LAP to .docx + .pdf                  ${total.toFixed(1)} ms  budget 60 ms ${total <= 60 ? 'ok' : 'OVER'}`);
process.exitCode = total <= 60 ? 0 : 1;
