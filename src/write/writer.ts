// What a writer is: a Document and a theme in, the bytes of one file out, in parts, as they are made.
import type { Document } from '../document/model.js';
import type { Theme } from '../document/theme.js';

/**
 * A file's bytes as parts, in order, none larger than about a megabyte: a long document's bytes are never copied
 * into one block of memory (ARCHITECTURE.md, "Large blocks of memory"). They are hashed and written part by part.
 */
export type FileParts = Uint8Array[];

/**
 * A writer gives a file's parts as it makes them: a build writes a long PDF's first pages to its file while it
 * paints the next, and never holds the whole file.
 */
export type Writer = (document: Document, theme: Theme) => AsyncIterable<Uint8Array>;

/** All of a writer's parts, for a caller that keeps the whole file. */
export async function allParts(parts: AsyncIterable<Uint8Array>): Promise<FileParts> {
  const out: FileParts = [];
  for await (const part of parts) out.push(part);
  return out;
}

/** Parts of text and bytes are cut at about this size. */
export const PART_SIZE = 1 << 20;

/** Text as UTF-8 parts of about `PART_SIZE` bytes or less, never cutting a character in two. */
export function utf8Parts(text: string): FileParts {
  const parts: FileParts = [];
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, 4).
  const step = Math.floor(PART_SIZE / 3);
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + step);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(Buffer.from(text.slice(start, end), 'utf8'));
    start = end;
  }
  return parts;
}

/** Parts gathered into as few as `PART_SIZE` allows, in order: a plan's file is one part, written in one call. */
export function gathered(parts: readonly Uint8Array[]): FileParts {
  const out: FileParts = [];
  let group: Uint8Array[] = [];
  let size = 0;
  const close = (): void => {
    if (group.length > 0) out.push(group.length === 1 ? group[0]! : Buffer.concat(group, size));
    group = [];
    size = 0;
  };
  for (const part of parts) {
    if (size > 0 && size + part.length > PART_SIZE) close();
    group.push(part);
    size += part.length;
  }
  close();
  return out;
}
