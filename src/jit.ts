// Tunes V8's optimizing compiler for what wpsplan is: a process that runs for seconds, not a server that runs for days.
import { setFlagsFromString } from 'node:v8';

/**
 * V8's defaults optimize a function early and inline deeply, which pays off in long-running programs. A build
 * runs each render worker for a few dozen documents, and V8 spent about a quarter of the machine's time compiling
 * (`perf record` over 100 plans rendered on two workers: 28 % in TurboFan): optimizing later, and without
 * inlining, compiles far less for nearly the same code (a 100-plan build, `--jobs 2`: 8.6–8.9 s → 7.4–7.5 s in
 * one A/B run; the same bytes written). These two flags only change when and how code is optimized, never what it
 * computes; they are set before any other thread starts, and hold for the whole process, workers included.
 */
export function tuneJit(): void {
  // Measured on Node 20's V8 (11.x). Another V8 may have other heuristics, or not know a flag (it then prints an
  // error on every run), so it keeps its defaults.
  if (!process.versions.v8.startsWith('11.')) return;
  setFlagsFromString('--interrupt-budget=1056000');
  setFlagsFromString('--no-turbo-inlining');
}
