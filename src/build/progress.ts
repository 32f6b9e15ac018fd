// Build progress on stderr: a bar with counts and the current document on a terminal, one line per document in CI logs.
import { SingleBar } from 'cli-progress';
import type { Env } from '../env.js';

export class Progress {
  private readonly bar: SingleBar | undefined;
  private done = 0;

  constructor(
    private readonly env: Env,
    private readonly enabled: boolean,
    private readonly total: number,
    color: boolean,
  ) {
    if (!enabled || total === 0 || !env.stderr.isTTY) return;
    // cli-progress draws with write() and cursor codes only: the environment's stream is enough.
    const stream = { write: (text: string) => (env.stderr.write(text), true), isTTY: true, columns: env.stderr.columns ?? 80 } as unknown as NodeJS.WritableStream;
    this.bar = new SingleBar({
      stream,
      format: `${color ? '\u001b[36m{bar}\u001b[39m' : '{bar}'} {value}/{total} {job}`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    });
    this.bar.start(total, 0, { job: '' });
  }

  tick(job: string, status: string, ms: number): void {
    if (!this.enabled) return;
    this.done++;
    if (this.bar) this.bar.update(this.done, { job });
    else this.env.stderr.write(`[${this.done}/${this.total}] ${status} ${job} (${Math.round(ms)} ms)\n`);
  }

  stop(): void {
    this.bar?.stop();
  }
}
