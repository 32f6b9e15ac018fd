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
 * The worker script answers each `{ id, task }` message with `{ id, result }` or `{ id, error }`.
 * A worker error rejects the whole run: the caller reports it as an internal failure.
 */
export async function runPool<T, R>(script: URL, tasks: readonly T[], options: PoolOptions<R>): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  let next = 0;
  const lane = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
      let pending = 0;
      const send = (): void => {
        if (next >= tasks.length) {
          if (pending === 0) void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        pending++;
        worker.postMessage({ id, task: tasks[id] });
      };
      worker.on('message', (message: { id: number; result?: R; error?: string }) => {
        pending--;
        if (message.error !== undefined) {
          void worker.terminate();
          reject(new Error(message.error));
          return;
        }
        results[message.id] = message.result!;
        options.onResult?.(message.result!, message.id);
        send();
      });
      worker.on('error', reject);
      send();
      send();
    });
  await Promise.all(Array.from({ length: Math.min(options.jobs, tasks.length) }, lane));
  return results;
}

/**
 * The worker side: answer every task with `handle`'s result. Tasks overlap at their `await`s (a check worker reads
 * the next file while it parses); `oneAtATime` makes the second task in flight wait for the first instead, for
 * tasks that are all computation and would only hold two large object graphs at once (rendering).
 */
export function serveTasks<T, R>(port: import('node:worker_threads').MessagePort | null, handle: (task: T) => Promise<R>, options: { oneAtATime?: boolean } = {}): void {
  let queue = Promise.resolve();
  port?.on('message', (message: { id: number; task: T }) => {
    const run = (): Promise<void> =>
      handle(message.task).then(
        (result) => port.postMessage({ id: message.id, result }),
        (error: unknown) => port.postMessage({ id: message.id, error: (error as Error).message }),
      );
    if (options.oneAtATime) queue = queue.then(run);
    else void run();
  });
}
