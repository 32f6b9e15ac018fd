// The registry of writers, by output format; each is loaded only when a document is rendered to it.
import type { Writer } from './writer.js';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, () => Promise<Writer>> = {
  docx: async () => (await import('./docx.js')).docx,
  pdf: async () => (await import('./pdf.js')).pdf,
  html: async () => (await import('./html.js')).html,
};

/**
 * Loads the Word and PDF writers, their libraries and the PDF fonts ahead of the first document (about 0.3 s on a
 * cold thread): a build's render workers do it while the main thread still validates the plans.
 */
export async function preloadWriters(): Promise<void> {
  await Promise.all([import('./docx/render.js'), import('./pdf.js')]);
  (await import('./pdf/fonts.js')).loadFaces();
}
