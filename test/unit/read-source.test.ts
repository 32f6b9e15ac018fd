// Bad-input classes that cannot be made with files on disk: a file over 10 MiB and one the OS refuses to read.
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env.js';
import { nodeEnv } from '../../src/env.js';
import { readSource } from '../../src/load/read-source.js';
import { Source } from '../../src/load/source.js';

const found = { path: '/plans/big.nap.yaml', file: 'big.nap.yaml', explicit: true };

function envWith(overrides: Partial<Env>): Env {
  return { ...nodeEnv({ cwd: '/plans' }), ...overrides };
}

describe('readSource', () => {
  it('refuses a file over 10 MiB before reading it (load/too-large)', async () => {
    let read = false;
    const env = envWith({
      stat: async () => ({ isFile: true, isDirectory: false, isSymbolicLink: false, size: 10 * 1024 * 1024 + 1 }),
      readFile: async () => {
        read = true;
        return new Uint8Array();
      },
    });
    const result = await readSource(env, found);
    expect(result).toMatchObject({ code: 'load/too-large', severity: 'error', file: 'big.nap.yaml' });
    expect(read).toBe(false);
  });

  it('reports a file the system will not let us read (io/read) without throwing', async () => {
    const env = envWith({
      stat: async () => ({ isFile: true, isDirectory: false, isSymbolicLink: false, size: 10 }),
      readFile: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    const result = await readSource(env, found);
    expect(result).toMatchObject({ code: 'io/read', severity: 'error', message: 'cannot read the file (permission denied)' });
  });

  it('strips a byte-order mark so columns do not count it', async () => {
    const env = envWith({
      stat: async () => ({ isFile: true, isDirectory: false, isSymbolicLink: false, size: 6 }),
      readFile: async () => new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]),
    });
    const result = await readSource(env, found);
    expect(result).toBeInstanceOf(Source);
    expect((result as Source).text).toBe('a: 1');
  });
});
