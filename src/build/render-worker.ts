// Worker thread for `wpsplan build`: renders the plan jobs it is sent; templates and fonts load once per worker.
import { parentPort } from 'node:worker_threads';
import { nodeEnv } from '../env.js';
import { serveTasks } from '../worker-pool.js';
import type { PlanJob } from './jobs.js';
import { RenderCache, renderPlanJob, type JobResult } from './render-job.js';

const cache = new RenderCache(nodeEnv());

serveTasks<{ job: PlanJob; outDir: string }, JobResult>(parentPort, ({ job, outDir }) => renderPlanJob(cache, job, outDir));
