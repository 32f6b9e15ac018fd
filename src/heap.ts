// A full garbage collection, asked for while a long document is written, once it has left much garbage behind.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 lets a heap grow to up to four times what was alive at its last full collection before it collects again. The
 * coverage report of 1,000 plans is written in about two seconds on a heap of some 200 MB alive, and V8 let that
 * heap reach 800 MB (`node --trace-gc`): the garbage, not the document, made the build's peak. Writers call this
 * between the parts of a document (a run of tables, a page); past this many bytes above what the last collection
 * left, it collects. A plan's documents never come near it.
 */
export const GARBAGE_BUDGET = 160 * 1024 * 1024;

let collect: (() => void) | undefined;
/** The heap in use after the last collection asked for here, or the least seen since (V8 collecting by itself). */
let floor: number | undefined;

/** Collects when the heap holds more than `budget` bytes above the floor; true if it did. */
export function relieveHeap(budget = GARBAGE_BUDGET): boolean {
  const used = getHeapStatistics().used_heap_size;
  if (floor === undefined || used < floor) floor = used;
  if (used - floor <= budget) return false;
  collectGarbage();
  return true;
}

/**
 * A full collection now: for a thread that has just let go of much (a build's main thread, of the checked plans) and
 * would otherwise keep it until V8 next collects by itself, seconds later. `thorough` collects twice: the pages
 * the first collection empties are given back to the system only at the next one (a build's main thread at 1,000
 * plans: a heap of 107 MB after one collection, 45 MB after two, with 10 MB in use).
 */
export function collectGarbage(thorough = false): void {
  collect ??= gcFunction();
  collect();
  if (thorough) collect();
  floor = getHeapStatistics().used_heap_size;
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
