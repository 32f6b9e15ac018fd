// Runs the wpsplan command line in-process, through the same entry point as the binary.
import { main } from '../../src/cli.js';
import { nodeEnv } from '../../src/env.js';
import { capture } from './capture.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export async function run(args: readonly string[], cwd: string, vars: Record<string, string> = {}): Promise<Run> {
  const stdout = capture();
  const stderr = capture();
  const status = await main(args, nodeEnv({ cwd, vars: { NO_COLOR: '1', ...vars }, stdout, stderr }));
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** The grep-able first line of every diagnostic in stylish output: `file:line:col severity code message`. */
export function diagnosticLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\S+ (error|warning|info) [a-z]+\/[a-z-]+ /.test(line));
}
