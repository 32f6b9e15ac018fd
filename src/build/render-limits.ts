// The heap a render worker is given: its own module, so the build's main thread sizes workers without loading the renderers.
import type { ResourceLimits } from 'node:worker_threads';

/**
 * A render worker's heap. A document's object tree (docx's XML components, pdfkit's pages) stays alive while it is
 * written, and V8's default young generation copies it again at every scavenge: letting the young generation grow
 * to 192 MB (64 MB semi-spaces) cuts scavenges by about 60 % and the .docx writer's time by about a fifth
 * (`bench/render.js` measures both heaps).
 */
export const RENDER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };
