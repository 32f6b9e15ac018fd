// What a writer is: a Document and a theme in, the bytes of one file out.
import type { Document } from '../document/model.js';
import type { Theme } from '../document/theme.js';

export type Writer = (document: Document, theme: Theme) => Promise<Uint8Array>;
