// The Word (.docx) writer. docx (the library) is loaded on the first render, so commands that render nothing never
// pay for it; the writer itself is in ./docx/.
import type { Writer } from './writer.js';

export const docx: Writer = async function* (document, theme) {
  const { renderDocx } = await import('./docx/render.js');
  yield* await renderDocx(document, theme);
};
