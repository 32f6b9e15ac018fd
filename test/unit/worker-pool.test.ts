// The worker pool: results in task order from several workers, tasks prepared as they are posted; a task's error, a
// worker that stops and a worker that fails to start (before any task is sent) all reject the run instead of
// crashing or hanging the process.
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

describe('WorkerPool', () => {
  it('runs the tasks on its workers and gives the results in task order', async () => {
    const pool = new WorkerPool<number, number>(script('square.mjs', "parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, result: task * task }), (task % 3) * 5));"), 2);
    const seen: number[] = [];
    try {
      expect(await pool.run([1, 2, 3, 4, 5, 6, 7], (r) => seen.push(r))).toEqual([1, 4, 9, 16, 25, 36, 49]);
      expect(seen.sort((a, b) => a - b)).toEqual([1, 4, 9, 16, 25, 36, 49]);
    } finally {
      await pool.close();
    }
  });

  it('posts what `prepare` makes of a task, when the task is posted: two in flight per worker, no sooner', async () => {
    const pool = new WorkerPool<number, number>(script('echo.mjs', "parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, result: task }), 5));"), 1);
    const prepared: number[] = [];
    let results = 0;
    try {
      const run = pool.run([1, 2, 3, 4], () => results++, (task) => {
        // Each task is prepared once a result has freed its place, never all at the start.
        expect(prepared.length).toBeLessThanOrEqual(results + 2);
        prepared.push(task);
        return task * 10;
      });
      expect(await run).toEqual([10, 20, 30, 40]);
      expect(prepared).toEqual([1, 2, 3, 4]);
    } finally {
      await pool.close();
    }
  });

  it('rejects the run with the message of a task that failed', async () => {
    const pool = new WorkerPool<number, number>(script('fail.mjs', "parentPort.on('message', ({ id, task }) => parentPort.postMessage(task === 2 ? { id, error: 'task 2 failed' } : { id, result: task }));"), 1);
    try {
      await expect(pool.run([1, 2, 3])).rejects.toThrow('task 2 failed');
    } finally {
      await pool.close();
    }
  });

  it('rejects the run when a worker stops without an error, before or during the run', async () => {
    const during = new WorkerPool<number, number>(script('exit.mjs', "parentPort.on('message', ({ id, task }) => (task === 2 ? process.exit(3) : parentPort.postMessage({ id, result: task })));"), 1);
    try {
      await expect(during.run([1, 2, 3])).rejects.toThrow('a worker stopped (exit code 3) before its tasks were done');
    } finally {
      await during.close();
    }
    const before = new WorkerPool<number, number>(script('gone.mjs', 'process.exit(4);'), 1);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(before.run([1])).rejects.toThrow('exit code 4');
    } finally {
      await before.close();
    }
  });

  it('rejects the run when a worker failed to start before the run began', async () => {
    const pool = new WorkerPool<number, number>(script('broken.mjs', "throw new Error('cannot start');"), 1);
    try {
      // The worker fails while the main thread does other work (a build validates the plans meanwhile).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(pool.run([1])).rejects.toThrow('cannot start');
    } finally {
      await pool.close();
    }
  });
});
