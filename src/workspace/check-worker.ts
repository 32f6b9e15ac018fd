// Worker thread: checks the files it is sent (read, parse, schema, plan checks) and sends back plain results.
import { parentPort } from 'node:worker_threads';
import { nodeEnv } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { serveTasks } from '../worker-pool.js';
import { checkFiles } from './check-files.js';
import { toResult, type FileResult } from './file-result.js';

const env = nodeEnv();

serveTasks<FoundFile[], FileResult[]>(parentPort, async (files) => (await checkFiles(env, files)).map(toResult));
