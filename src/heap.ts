// Full garbage collections asked for: when a writer has left much garbage behind, and on demand; long documents.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 lets a heap grow to up to four times what was alive at its last full collection before it collects again. The
 * coverage report of 1,000 plans is written in a few seconds on a heap of some 200 MB alive, and V8 let that heap
 * reach 800 MB (`node --trace-gc`): the garbage, not the document, made the build's peak. A render worker's heap
 * is kept within this much garbage above what its last collection left.
 */
export const GARBAGE_BUDGET = 160 * 1024 * 1024;

/**
 * The budget while a long document is written (`beginLongDocument`): what it keeps alive already makes the heap
 * larger than a plan's. At 1,000 plans (the report's Document then 60 MB, before its cells were shared) the
 * report's worker peaked at 307 MB of heap with 64 MB, 324 with 96 and 366 with 160; the report took
 * 8.5–9.1 s, 6.7–6.9 s and 5.9–6.4 s.
 */
export const LONG_DOCUMENT_BUDGET = 96 * 1024 * 1024;

/** Long documents being written now, and whether this thread has written one. */
let writing = 0;
let written = false;

const used = (): number => getHeapStatistics().used_heap_size;

/** The heap in use after the last collection asked for here, or the least seen since (V8 collecting by itself). */
let floor: number | undefined;
let collect: (() => void) | undefined;

/**
 * Collects when the heap holds more than `budget` bytes above the floor; true if it did. Writers call it between
 * the parts of a document (a page, a table, a run of tables written apart).
 */
export function relieveHeap(budget = writing > 0 ? LONG_DOCUMENT_BUDGET : GARBAGE_BUDGET): boolean {
  const now = used();
  if (floor === undefined || now < floor) floor = now;
  if (now - floor <= budget) return false;
  collectGarbage();
  return true;
}

/**
 * A long document begins: a full collection, so that its garbage is counted from what is alive, and the tighter
 * budget until the function returned is called.
 */
export function beginLongDocument(): () => void {
  collectGarbage();
  writing++;
  written = true;
  let ended = false;
  return () => {
    if (!ended) writing--;
    ended = true;
  };
}

/**
 * Whether this thread has written a long document. V8 keeps the heap it grew for it, and sizes its next collections
 * from it: a build's worker rendering plans after the coverage report of 1,000 plans let its heap reach 330 MB,
 * against 250 for the other; a render worker that has written one is replaced.
 */
export const wroteLongDocument = (): boolean => written;

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
