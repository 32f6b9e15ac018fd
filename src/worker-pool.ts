// Runs tasks on worker threads, two in flight per worker so none waits, results in task order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Whether a worker script exists: only the built JavaScript has them (tests run the TypeScript sources in-process). */
export const workerExists = (script: URL): boolean => existsSync(fileURLToPath(script));

export interface PoolOptions<R> {
  jobs: number;
  resourceLimits?: ResourceLimits;
  /** Called as each task's result arrives (progress). */
  onResult?: (result: R, index: number) => void;
}

/**
 * Workers started before their tasks are known: each loads its modules while the main thread still works (a build
 * starts its render workers before it validates the plans). The worker script answers each `{ id, task }` message
 * with `{ id, result }` or `{ id, error }`; a worker error, or a worker that stops, rejects the run, and the caller
 * reports it as an internal failure. A worker may add `retire: true` to an answer: it is sent nothing more, and once
 * it has answered what it was sent it is ended and a fresh one takes its place (a heap grown for one large task is
 * given back whole). `close` ends the workers whether they ran anything or not.
 */
export class WorkerPool<T, R> {
  /** A slot is empty once its worker has retired with no task left for it; a later run starts one. */
  private readonly workers: (Worker | undefined)[];
  /** Workers ended by the pool: their exit is not a failure. */
  private readonly retired = new WeakSet<Worker>();
  /** The first error of a worker, kept for `run` when it comes before there is a run to reject (a failed start). */
  private failure: Error | undefined;

  constructor(
    private readonly script: URL,
    jobs: number,
    private readonly resourceLimits?: ResourceLimits,
  ) {
    this.workers = Array.from({ length: jobs }, () => this.start());
  }

  private start(): Worker {
    const worker = new Worker(this.script, this.resourceLimits ? { resourceLimits: this.resourceLimits } : {});
    return (
      worker
        .on('error', (error) => {
          this.failure ??= error;
        })
        // A worker that stops without an error (process.exit in it) would otherwise leave its tasks unanswered.
        .on('exit', (code) => {
          if (!this.retired.has(worker)) this.failure ??= new Error(`a worker stopped (exit code ${code}) before its tasks were done`);
        })
    );
  }

  /** Ends a worker that asked to retire; its slot is filled again only if there is work for it. */
  private retire(slot: number): void {
    const worker = this.workers[slot]!;
    this.retired.add(worker);
    void worker.terminate();
    this.workers[slot] = undefined;
  }

  /**
   * Runs the tasks, two in flight per worker so none waits; results in task order. `prepare` makes what is posted
   * for a task when it is posted, so work for the last tasks is not done, and held, before they are due; it may
   * take its time (reading a file) while the worker renders the task before.
   */
  async run(tasks: readonly T[], onResult?: (result: R, index: number) => void, prepare: (task: T) => T | Promise<T> = (task) => task): Promise<R[]> {
    const results: R[] = new Array(tasks.length);
    let next = 0;
    const lane = (slot: number): Promise<void> =>
      new Promise((resolve, reject) => {
        if (this.failure) {
          reject(this.failure);
          return;
        }
        let worker = (this.workers[slot] ??= this.start());
        let pending = 0;
        let retiring = false;
        // A worker the pool ended (`close`) leaves its run unanswered.
        const stopped = (): void => {
          if (!this.retired.has(worker)) reject(this.failure);
        };
        const send = (): void => {
          if (!retiring && next < tasks.length) {
            const id = next++;
            pending++;
            Promise.resolve(prepare(tasks[id]!)).then((task) => worker.postMessage({ id, task }), reject);
            return;
          }
          if (pending > 0) return;
          worker.off('message', receive).off('error', reject).off('exit', stopped);
          if (retiring) this.retire(slot);
          if (next >= tasks.length) {
            resolve();
            return;
          }
          retiring = false;
          worker = this.workers[slot] = this.start();
          begin();
        };
        const receive = (message: { id: number; result?: R; error?: string; retire?: boolean }): void => {
          pending--;
          if (message.error !== undefined) {
            reject(new Error(message.error));
            return;
          }
          results[message.id] = message.result!;
          onResult?.(message.result!, message.id);
          if (message.retire) retiring = true;
          send();
        };
        // Listeners added after the pool's own, so `failure` is set when `stopped` runs.
        const begin = (): void => {
          worker.on('message', receive).on('error', reject).on('exit', stopped);
          send();
          send();
        };
        begin();
      });
    await Promise.all(this.workers.slice(0, tasks.length).map((_, slot) => lane(slot)));
    return results;
  }

  /** Ends the workers; a run still going is left unanswered (an interrupted build ends the process next). */
  async close(): Promise<void> {
    for (const worker of this.workers) if (worker) this.retired.add(worker);
    await Promise.all(this.workers.map((worker) => worker?.terminate()));
  }
}

/** Runs tasks on as many workers as there are tasks, up to `jobs`, and ends them. */
export async function runPool<T, R>(script: URL, tasks: readonly T[], options: PoolOptions<R>): Promise<R[]> {
  const pool = new WorkerPool<T, R>(script, Math.min(options.jobs, tasks.length), options.resourceLimits);
  try {
    return await pool.run(tasks, options.onResult);
  } finally {
    await pool.close();
  }
}

/**
 * The worker side: answer every task with `handle`'s result. Tasks overlap at their `await`s (a check worker reads
 * the next file while it parses); `oneAtATime` makes the second task in flight wait for the first instead, for
 * tasks that are all computation and would only hold two large object graphs at once (rendering). `retire`, asked
 * after each task, tells the pool to replace this worker (see `WorkerPool`).
 */
export function serveTasks<T, R>(
  port: import('node:worker_threads').MessagePort | null,
  handle: (task: T) => Promise<R>,
  options: { oneAtATime?: boolean; retire?: () => boolean } = {},
): void {
  let queue = Promise.resolve();
  port?.on('message', (message: { id: number; task: T }) => {
    const run = (): Promise<void> =>
      handle(message.task).then(
        (result) => port.postMessage(options.retire?.() ? { id: message.id, result, retire: true } : { id: message.id, result }),
        (error: unknown) => port.postMessage({ id: message.id, error: (error as Error).message }),
      );
    if (options.oneAtATime) queue = queue.then(run);
    else void run();
  });
}
