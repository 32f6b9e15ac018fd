// The parse floor: only reading and parsing the YAML files with the `yaml` library, on N threads, as a baseline.
// Usage: node bench/parse-floor.js <folder> [threads]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from 'yaml';

if (isMainThread) {
  const [dir, threadsArg] = process.argv.slice(2);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
  const threads = Number(threadsArg ?? 1);
  if (threads === 1) {
    for (const file of files) parseDocument(readFileSync(file, 'utf8'));
  } else {
    const shares = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
    await Promise.all(
      shares.map((share) => new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: share }).on('message', resolve).on('error', reject))),
    );
  }
} else {
  for (const file of workerData) parseDocument(readFileSync(file, 'utf8'));
  parentPort.postMessage('done');
}
