// relieveHeap: a full collection once the heap holds more garbage than the budget, and none before; the tighter budget
// while a long document is written, and the thread marked as having written one.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { beginLongDocument, GARBAGE_BUDGET, LONG_DOCUMENT_BUDGET, relieveHeap, wroteLongDocument } from '../../src/heap.js';

const MB = 1024 * 1024;
/** The heap in use when a test starts (its floor: `relieveHeap(0)` has just set it). */
let start = 0;

/** Leaves about `mb` megabytes of garbage that lived long enough to reach the old generation, as a writer's does. */
function litter(mb: number): void {
  let kept: unknown[] | undefined = [];
  while (getHeapStatistics().used_heap_size < start + mb * MB) for (let i = 0; i < 10_000; i++) kept.push({ i, text: `cell ${i}` });
  expect(kept.length).toBeGreaterThan(0);
  kept = undefined;
}

describe('relieveHeap', () => {
  it('collects past the budget, and the heap is smaller after', () => {
    relieveHeap(0);
    start = getHeapStatistics().used_heap_size;
    expect(relieveHeap(64 * MB)).toBe(false);
    litter(96);
    const before = getHeapStatistics().used_heap_size;
    expect(relieveHeap(64 * MB)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before - 32 * MB);
  });

  it('does not collect again until there is that much garbage again', () => {
    relieveHeap(0);
    start = getHeapStatistics().used_heap_size;
    expect(relieveHeap(64 * MB)).toBe(false);
    litter(8);
    expect(relieveHeap(64 * MB)).toBe(false);
  });

  it('allows less garbage while a long document is written, and the usual budget once it has ended', async () => {
    // Halfway between the two budgets: too much for a long document, not for a plan.
    const between = (LONG_DOCUMENT_BUDGET + GARBAGE_BUDGET) / 2 / MB;
    expect(wroteLongDocument()).toBe(false);
    const ended = beginLongDocument();
    expect(wroteLongDocument()).toBe(true);
    start = getHeapStatistics().used_heap_size;
    litter(between);
    expect(relieveHeap()).toBe(true);
    ended();
    ended();
    start = getHeapStatistics().used_heap_size;
    litter(between);
    expect(relieveHeap()).toBe(false);
    expect(wroteLongDocument()).toBe(true);
  });
});
