// dist/manifest.json: every output with its source plan and content hash, and what each job was built from.
import { createHash } from 'node:crypto';
import type { Env } from '../env.js';

export interface ManifestOutput {
  /** Path of the document, relative to the output folder. */
  file: string;
  /** The plan file it was made from, relative to the current folder. */
  source: string;
  /** SHA-256 of the document's bytes. */
  sha256: string;
}

export interface Manifest {
  tool: string;
  outputs: ManifestOutput[];
  /** Job (output path without extension) → the fingerprint of its inputs when it was last built. */
  inputs: Record<string, string>;
}

export const MANIFEST = 'manifest.json';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Passes a file's parts on as they come, and gives their SHA-256 once they have all passed. */
export function hashing(parts: AsyncIterable<Uint8Array>): { parts: AsyncIterable<Uint8Array>; sha256: () => string } {
  const hash = createHash('sha256');
  return {
    parts: (async function* () {
      for await (const part of parts) {
        hash.update(part);
        yield part;
      }
    })(),
    sha256: () => hash.digest('hex'),
  };
}

/** The previous build's manifest, or an empty one when there is none or it cannot be read. */
export async function readManifest(env: Env, path: string): Promise<Manifest> {
  try {
    const data = JSON.parse(new TextDecoder().decode(await env.readFile(path))) as Manifest;
    if (Array.isArray(data.outputs) && data.inputs && typeof data.inputs === 'object') return data;
  } catch {
    // First build, or a manifest someone edited: everything is built.
  }
  return { tool: '', outputs: [], inputs: {} };
}

export async function writeManifest(env: Env, path: string, manifest: Manifest): Promise<void> {
  const sorted: Manifest = {
    tool: manifest.tool,
    outputs: [...manifest.outputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    inputs: Object.fromEntries(Object.entries(manifest.inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  await env.writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(sorted, null, 2)}\n`));
}
