// The worker pool: results in task order from several workers, tasks prepared as they are posted, a worker that asks
// to retire replaced by a fresh one; a task's error, a worker that stops and a worker that fails to start (before any
// task is sent) all reject the run instead of crashing or hanging the process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/worker-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'wpsplan-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script answering as `serveTasks` does (the pool's protocol), from plain JavaScript. */
function script(name: string, body: string): URL {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(path);
}

/** Runs `use` on a pool of `jobs` workers of a script answering as `body` does, and ends the workers whatever happens. */
async function withPool(name: string, body: string, jobs: number, use: (pool: WorkerPool<number, number>) => Promise<void>): Promise<void> {
  const pool = new WorkerPool<number, number>(script(name, body), jobs);
  try {
    await use(pool);
  } finally {
    await pool.close();
  }
}

/** Time for a worker to fail or stop on its own while the main thread does other work (a build validates the plans meanwhile). */
const meanwhile = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('WorkerPool', () => {
  it('runs the tasks on its workers and gives the results in task order', async () => {
    const seen: number[] = [];
    await withPool('square.mjs', "parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, result: task * task }), (task % 3) * 5));", 2, async (pool) => {
      expect(await pool.run([1, 2, 3, 4, 5, 6, 7], (r) => seen.push(r))).toEqual([1, 4, 9, 16, 25, 36, 49]);
      expect(seen.sort((a, b) => a - b)).toEqual([1, 4, 9, 16, 25, 36, 49]);
    });
  });

  it('posts what `prepare` makes of a task, when the task is posted: two in flight per worker, no sooner', async () => {
    const prepared: number[] = [];
    let results = 0;
    await withPool('echo.mjs', "parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, result: task }), 5));", 1, async (pool) => {
      const run = pool.run([1, 2, 3, 4], () => results++, (task) => {
        // Each task is prepared once a result has freed its place, never all at the start.
        expect(prepared.length).toBeLessThanOrEqual(results + 2);
        prepared.push(task);
        return task * 10;
      });
      expect(await run).toEqual([10, 20, 30, 40]);
      expect(prepared).toEqual([1, 2, 3, 4]);
    });
  });

  it('waits for a `prepare` that takes its time, and rejects the run if it fails', async () => {
    await withPool('echo-later.mjs', "parentPort.on('message', ({ id, task }) => parentPort.postMessage({ id, result: task }));", 2, async (pool) => {
      // The first task is prepared last: results still come in task order.
      const slow = (task: number) => new Promise<number>((resolve) => setTimeout(() => resolve(task + 100), task === 1 ? 40 : 1));
      expect(await pool.run([1, 2, 3, 4, 5], undefined, slow)).toEqual([101, 102, 103, 104, 105]);
      await expect(pool.run([1, 2, 3], undefined, async (task) => (task === 3 ? Promise.reject(new Error('cannot read plan 3')) : task))).rejects.toThrow('cannot read plan 3');
    });
  });

  it('replaces a worker that asks to retire once it has answered what it was sent, and not before', async () => {
    // Each result names the thread that computed it; the answer to task 2 asks to retire.
    const body = "import { threadId } from 'node:worker_threads';\nparentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, result: threadId * 1000 + task, ...(task === 2 ? { retire: true } : {}) }), 5));";
    await withPool('retire.mjs', body, 1, async (pool) => {
      const results = await pool.run([1, 2, 3, 4, 5]);
      expect(results.map((r) => r % 1000)).toEqual([1, 2, 3, 4, 5]);
      const thread = results.map((r) => Math.floor(r / 1000));
      // Task 3 was sent to the first worker with task 2, before it asked: it answers it, then a fresh one takes over.
      expect(thread.slice(0, 3)).toEqual([thread[0], thread[0], thread[0]]);
      expect(thread[3]).not.toBe(thread[0]);
      expect(thread[4]).toBe(thread[3]);
      // Its exit is not a failure, and a worker retiring at the end of a run is replaced for the next run.
      const again = await pool.run([2, 6]);
      expect(again.map((r) => Math.floor(r / 1000))).toEqual([thread[3], thread[3]]);
      const last = await pool.run([7]);
      expect(last[0]! % 1000).toBe(7);
      expect(Math.floor(last[0]! / 1000)).not.toBe(thread[3]);
    });
  });

  it('rejects the run with the message of a task that failed', async () => {
    await withPool('fail.mjs', "parentPort.on('message', ({ id, task }) => parentPort.postMessage(task === 2 ? { id, error: 'task 2 failed' } : { id, result: task }));", 1, async (pool) => {
      await expect(pool.run([1, 2, 3])).rejects.toThrow('task 2 failed');
    });
  });

  it('rejects the run when a worker stops without an error, before or during the run', async () => {
    await withPool('exit.mjs', "parentPort.on('message', ({ id, task }) => (task === 2 ? process.exit(3) : parentPort.postMessage({ id, result: task })));", 1, async (pool) => {
      await expect(pool.run([1, 2, 3])).rejects.toThrow('a worker stopped (exit code 3) before its tasks were done');
    });
    await withPool('gone.mjs', 'process.exit(4);', 1, async (pool) => {
      await meanwhile();
      await expect(pool.run([1])).rejects.toThrow('exit code 4');
    });
  });

  it('rejects the run when a worker failed to start before the run began', async () => {
    await withPool('broken.mjs', "throw new Error('cannot start');", 1, async (pool) => {
      await meanwhile();
      await expect(pool.run([1])).rejects.toThrow('cannot start');
    });
  });
});
