/**
 * The PNG of a report's first page, written beside its workbook (`周报_…_初版.xlsx` ->
 * `周报_…_初版.png`) atomically, like every output. The renderer (WebAssembly and a CJK font,
 * picture/page-png.ts) is loaded only here, so `--no-image` and the other verbs never pay for it.
 */
import { ClubError } from '../errors.js';
import type { OnePage } from '../reports/page.js';
import { writeOutput } from '../io/write-output.js';

/** Where the picture of the workbook at `xlsx` goes. */
export function picturePath(xlsx: string): string {
  return `${xlsx.replace(/\.xlsx$/i, '')}.png`;
}

/** Starts loading the renderer and its fonts now, so they are ready when the page is drawn. */
export async function warmUpPicture(): Promise<void> {
  const { warmUp } = await import('./page-png.js');
  warmUp();
}

/** Draws `page` and writes it to `path` (refused when it exists, unless `force`). */
export async function writePicture(page: OnePage, path: string, force: boolean | undefined): Promise<void> {
  let png: Uint8Array;
  try {
    const { pagePng } = await import('./page-png.js');
    png = await pagePng(page);
  } catch (err) {
    throw new ClubError('page.image.failed', { path, reason: (err as Error).message }, { cause: err });
  }
  await writeOutput(path, Buffer.from(png.buffer, png.byteOffset, png.byteLength), { force });
}
