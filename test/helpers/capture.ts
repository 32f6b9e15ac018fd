// An output stream that keeps what is written, for running the CLI in-process.
import type { OutputStream } from '../../src/env.js';

export interface Captured extends OutputStream {
  readonly text: string;
}

export function capture(isTTY = false): Captured {
  let text = '';
  return {
    write: (chunk: string) => void (text += chunk),
    isTTY,
    get text() {
      return text;
    },
  };
}
