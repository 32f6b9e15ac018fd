// The registry of writers, by output format; each is loaded only when a document is rendered to it.
import type { Writer } from './writer.js';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, () => Promise<Writer>> = {
  docx: async () => (await import('./docx.js')).docx,
  pdf: async () => (await import('./pdf.js')).pdf,
  html: async () => (await import('./html.js')).html,
};
