// The registry of writers, by output format; each is loaded only when a document is rendered to it.
import type { Writer } from './writer.js';

export const FORMATS = ['html'] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, () => Promise<Writer>> = {
  html: async () => (await import('./html.js')).html,
};
