// Exit statuses of every command, and the one way a usage problem is told.
import type { Env } from '../env.js';

export enum ExitStatus {
  /** No error, and warnings within --max-warnings. */
  Clean = 0,
  /** Errors found, or too many warnings. */
  Problems = 1,
  /** Bad usage, a missing path, nothing to check, or an internal failure. */
  Usage = 2,
}

export function usageError(env: Env, message: string, hint?: string): void {
  env.stderr.write(`wpsplan: error: ${message}\n${hint ? `  hint: ${hint}\n` : ''}`);
}
