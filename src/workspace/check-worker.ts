// Worker thread: checks the files it is sent (read, parse, schema, plan checks) and sends back plain results.
import { parentPort } from 'node:worker_threads';
import { nodeEnv } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { checkFiles } from './check-files.js';
import { toResult } from './file-result.js';

const env = nodeEnv();

parentPort?.on('message', (batch: { id: number; files: FoundFile[] }) => {
  void checkFiles(env, batch.files).then(
    (files) => parentPort?.postMessage({ id: batch.id, results: files.map(toResult) }),
    (error: unknown) => parentPort?.postMessage({ id: batch.id, error: (error as Error).message }),
  );
});
