// The parse floor: only reading and parsing the YAML files, on N threads, as a baseline. The parser is `yaml` (a
// Document, what a file with a problem goes through) or `js-yaml` (its event stream, what plain plan files are read from).
// Usage: node bench/parse-floor.js <folder> [threads] [yaml|js-yaml]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseEvents } from 'js-yaml';
import { parseDocument } from 'yaml';

const parsers = { yaml: (text) => parseDocument(text), 'js-yaml': (text) => parseEvents(text, {}) };

if (isMainThread) {
  const [dir, threadsArg, parserArg = 'yaml'] = process.argv.slice(2);
  if (!(parserArg in parsers)) throw new Error(`unknown parser ${parserArg}: yaml or js-yaml`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
  const threads = Number(threadsArg ?? 1);
  if (threads === 1) {
    for (const file of files) parsers[parserArg](readFileSync(file, 'utf8'));
  } else {
    const shares = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
    await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: { files: share, parser: parserArg } }).on('message', resolve).on('error', reject)),
      ),
    );
  }
} else {
  for (const file of workerData.files) parsers[workerData.parser](readFileSync(file, 'utf8'));
  parentPort.postMessage('done');
}
