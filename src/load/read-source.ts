// One found file → its Source, or the diagnostic saying why it cannot be read.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { decode, MAX_FILE_BYTES } from './decode.js';
import type { FoundFile } from './discover.js';
import { Source } from './source.js';

export async function readSource(env: Env, found: FoundFile): Promise<Source | Diagnostic> {
  const info = await env.stat(found.path).catch(() => undefined);
  if (info && info.size > MAX_FILE_BYTES) {
    return diagnostic('load/too-large', {
      file: found.file,
      message: `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; plan files are limited to 10 MiB`,
      hint: 'a plan is far smaller than this: check that this is the right file, or split the plan',
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await env.readFile(found.path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return diagnostic('io/read', {
      file: found.file,
      message: `cannot read the file (${reason === 'EACCES' ? 'permission denied' : reason === 'EISDIR' ? 'it is a folder' : reason})`,
      hint: 'check that the file exists and that you may read it',
    });
  }
  const decoded = decode(bytes, found.file);
  if ('problem' in decoded) return decoded.problem;
  return new Source(found.path, found.file, decoded.text);
}
