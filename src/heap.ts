// Full garbage collections asked for: when a writer has left much garbage behind, and on demand.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 lets a heap grow to up to four times what was alive at its last full collection before it collects again. The
 * coverage report of 1,000 plans is written in a few seconds on a heap of some 200 MB alive, and V8 let that heap
 * reach 800 MB (`node --trace-gc`): the garbage, not the document, made the build's peak. A render worker's heap
 * is kept within this much garbage above what its last collection left.
 */
export const GARBAGE_BUDGET = 160 * 1024 * 1024;

const used = (): number => getHeapStatistics().used_heap_size;

/** The heap in use after the last collection asked for here, or the least seen since (V8 collecting by itself). */
let floor: number | undefined;
let collect: (() => void) | undefined;

/**
 * Collects when the heap holds more than `budget` bytes above the floor; true if it did. Writers call it between
 * the parts of a document (a page, a table, a run of tables written apart).
 */
export function relieveHeap(budget = GARBAGE_BUDGET): boolean {
  const now = used();
  if (floor === undefined || now < floor) floor = now;
  if (now - floor <= budget) return false;
  collectGarbage();
  return true;
}

/**
 * A full collection now: before a long document, so that its garbage is counted from what is alive, or for a thread
 * that has just let go of much. `thorough` collects twice: the pages the first collection empties are given back to
 * the system only at the next one (a build's main thread at 1,000 plans, once it has let the checked plans go: a
 * heap of 107 MB after one collection, 45 MB after two, with 10 MB in use).
 */
export function collectGarbage(thorough = false): void {
  collect ??= gcFunction();
  collect();
  if (thorough) collect();
  floor = used();
}

/**
 * V8's `gc()`: the `--expose-gc` flag only adds it to contexts made after it is set, so one is made for it (as Jest
 * does for `--logHeapUsage`). The flag changes nothing else.
 */
function gcFunction(): () => void {
  const global = (globalThis as { gc?: () => void }).gc;
  if (global) return global;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
