// --cache: each file's own check results (data and diagnostics) kept by content hash, so an unchanged file is not parsed again.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import type { FileResult } from './file-result.js';
import { readSchema, SCHEMA_FILES } from '../validate/schemas.js';
import { version } from '../version.js';

interface Entry {
  hash: string;
  plan?: FileResult['plan'];
  own: Diagnostic[];
  /** The display path the diagnostics were written with. */
  file: string;
}

interface Stored {
  /** Tool version and schemas: a cache written by another version is not used. */
  fingerprint: string;
  entries: Record<string, Entry>;
}

export const hashOf = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

function fingerprint(): string {
  const schemas = Object.values(SCHEMA_FILES).map((file) => JSON.stringify(readSchema(file)));
  return `${version()}:${hashOf(new TextEncoder().encode(schemas.join('\n')))}`;
}

export class CheckCache {
  private readonly fresh: Record<string, Entry> = {};
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly fingerprint: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** Opens the cache at `path`; a missing, unreadable or outdated cache is an empty one. */
  static async open(env: Env, path: string): Promise<CheckCache> {
    const current = fingerprint();
    try {
      const stored = deserialize(await env.readFile(path)) as Stored;
      if (stored.fingerprint === current) return new CheckCache(path, current, stored.entries);
    } catch {
      // No cache yet, or one that cannot be read: start afresh.
    }
    return new CheckCache(path, current, {});
  }

  /** The results kept for a file with exactly this content, with diagnostics under its current display path. */
  lookup(path: string, file: string, hash: string): Pick<FileResult, 'plan' | 'own'> | undefined {
    const entry = this.entries[path];
    if (entry?.hash !== hash) return undefined;
    this.fresh[path] = entry;
    const own = entry.file === file ? entry.own : entry.own.map((d) => moved(d, entry.file, file));
    return { ...(entry.plan ? { plan: entry.plan } : {}), own };
  }

  store(path: string, hash: string, result: FileResult): void {
    this.changed = true;
    this.fresh[path] = { hash, ...(result.plan ? { plan: result.plan } : {}), own: result.own, file: result.found.file };
  }

  /** Keeps the entries of this run only, so the cache does not grow with files long gone; unchanged, it is not rewritten. */
  async save(env: Env): Promise<void> {
    if (!this.changed && Object.keys(this.fresh).length === Object.keys(this.entries).length) return;
    const stored: Stored = { fingerprint: this.fingerprint, entries: this.fresh };
    await env.writeFileAtomic(this.path, serialize(stored));
  }
}

function moved(d: Diagnostic, from: string, to: string): Diagnostic {
  return {
    ...d,
    file: d.file === from ? to : d.file,
    ...(d.related ? { related: d.related.map((r) => (r.file === from ? { ...r, file: to } : r)) } : {}),
  };
}
