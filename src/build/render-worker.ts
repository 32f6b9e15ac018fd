// Worker thread for `wpsplan build`: renders the jobs it is sent; templates and fonts load once per worker.
import { parentPort } from 'node:worker_threads';
import { nodeEnv } from '../env.js';
import { serveTasks } from '../worker-pool.js';
import type { Job } from './jobs.js';
import { RenderCache, renderJob, type JobResult } from './render-job.js';

const cache = new RenderCache(nodeEnv());

serveTasks<{ job: Job; outDir: string }, JobResult>(parentPort, ({ job, outDir }) => renderJob(cache, job, outDir), { oneAtATime: true });
