// Worker thread for `wpsplan build`: renders the jobs it is sent; templates and fonts load once per worker.
import { parentPort } from 'node:worker_threads';
import { nodeEnv } from '../env.js';
import { wroteLongDocument } from '../heap.js';
import { serveTasks } from '../worker-pool.js';
import { preloadWriters } from '../write/index.js';
import type { Job } from './jobs.js';
import { RenderCache, renderJob, type JobResult } from './render-job.js';

const cache = new RenderCache(nodeEnv());
const preloaded = preloadWriters();

serveTasks<{ job: Job; outDir: string }, JobResult>(parentPort, async ({ job, outDir }) => {
  await preloaded;
  return renderJob(cache, job, outDir);
}, { oneAtATime: true, retire: wroteLongDocument });
