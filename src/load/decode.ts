// Bytes of a plan file → text, refusing binary, UTF-16 and invalid UTF-8 with a located diagnostic.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Files over this size are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Decoded = { text: string } | { problem: Diagnostic };

export function decode(bytes: Uint8Array, file: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse(file, 'the file is encoded as UTF-16', 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse(file, `the file holds binary data (a NUL byte at byte ${nul})`, 'name only YAML plan files; a .docx or .pdf is not a plan');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    return {
      problem: diagnostic('load/encoding', {
        file,
        message: `the file is not valid UTF-8 (invalid byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at byte ${at})`,
        range: { start: { line, column }, end: { line, column: column + 1 } },
        hint: 'save the file as UTF-8; it was probably written as Windows-1250, Latin-1 or another legacy encoding',
      }),
    };
  }
}

function refuse(file: string, message: string, hint: string): Decoded {
  return { problem: diagnostic('load/encoding', { file, message, hint }) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection (a prefix may end inside a multi-byte sequence).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return Math.min(low, bytes.length - 1);
}
