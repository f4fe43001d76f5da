/**
 * The one page as a PNG for WeChat: the SVG of `page-svg.ts` rasterised in-process by resvg
 * compiled to WebAssembly (`@resvg/resvg-wasm`: no native addon, nothing downloaded), with the
 * CJK font shipped in an npm package under the OFL (`@embedpdf/fonts-sc`, Noto Sans Hans
 * regular and bold). The renderer is given those fonts alone: a WebAssembly module cannot
 * reach the machine's fonts, so the picture looks the same on a machine without any CJK font.
 * Loaded only when a picture is written. (Cutting the fonts down to the page's characters
 * first, with HarfBuzz's WebAssembly subsetter, was measured: it made the whole picture slower.)
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../xlsx-write/zip.js';
import type { OnePage } from '../reports/page.js';
import { pageSvg, PICTURE_FONT, PICTURE_WIDTH } from './page-svg.js';

type ResvgModule = typeof import('@resvg/resvg-wasm');

let ready: Promise<ResvgModule> | null = null;
type Wasm = { compile(bytes: Uint8Array): Promise<unknown> };
const WASM = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
let fontBuffers: Promise<Uint8Array[]> | null = null;

/** The file URL of a package's entry or export (import.meta.resolve where Node has it). */
function resolveUrl(specifier: string): URL {
  const meta = import.meta as ImportMeta & { resolve?: (s: string) => string };
  if (typeof meta.resolve === 'function') return new URL(meta.resolve(specifier));
  return new URL(`file://${createRequire(import.meta.url).resolve(specifier)}`);
}

/**
 * The renderer, initialised once per process. WebAssembly compiles off the main thread, so a
 * command that starts this early (`warmUp`) has it ready by the time the page is drawn.
 */
function renderer(): Promise<ResvgModule> {
  ready ??= (async () => {
    const mod = await import('@resvg/resvg-wasm');
    await mod.initWasm(WASM.compile(readFileSync(fileURLToPath(resolveUrl('@resvg/resvg-wasm/index_bg.wasm')))) as never);
    return mod;
  })();
  return ready;
}

/** The bundled fonts: Noto Sans Hans regular and bold, read from the font package. */
export function bundledFonts(): Promise<Uint8Array[]> {
  fontBuffers ??= (async () => {
    const entry = resolveUrl('@embedpdf/fonts-sc');
    const files = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => readFile(fileURLToPath(new URL(`../fonts/${f}`, entry))));
    return (await Promise.all(files)).map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  })();
  return fontBuffers;
}

/** Starts compiling the renderer and reading the fonts while the caller does other work. */
export function warmUp(): void {
  renderer().catch(() => undefined);
  bundledFonts().catch(() => undefined);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * RGBA pixels (on white, so opaque) as an RGB PNG: each row Sub-filtered, deflated by node's
 * zlib - a quarter of the time resvg's own encoder takes in WebAssembly, and smaller.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const o = y * stride;
    raw[o] = 1;
    let p = y * width * 4;
    let r0 = 0;
    let g0 = 0;
    let b0 = 0;
    for (let x = 0; x < width; x++, p += 4) {
      const r = rgba[p]!;
      const g = rgba[p + 1]!;
      const b = rgba[p + 2]!;
      const q = o + 1 + x * 3;
      raw[q] = (r - r0) & 255;
      raw[q + 1] = (g - g0) & 255;
      raw[q + 2] = (b - b0) & 255;
      r0 = r;
      g0 = g;
      b0 = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rasterises an SVG with the given fonts only (never the machine's). */
export async function svgToPng(svg: string, fontList?: Uint8Array[]): Promise<{ png: Uint8Array; pixels: Uint8Array; width: number; height: number }> {
  const { Resvg } = await renderer();
  const fonts = fontList ?? (await bundledFonts());
  const r = new Resvg(svg, {
    font: { fontBuffers: fonts, defaultFontFamily: PICTURE_FONT, sansSerifFamily: PICTURE_FONT },
    fitTo: { mode: 'width', value: PICTURE_WIDTH },
    background: '#ffffff',
  });
  const image = r.render();
  const pixels = image.pixels;
  const out = { png: encodePng(pixels, image.width, image.height), pixels, width: image.width, height: image.height };
  image.free();
  r.free();
  return out;
}

/** The page as PNG bytes, PICTURE_WIDTH wide. */
export async function pagePng(page: OnePage): Promise<Uint8Array> {
  return (await svgToPng(pageSvg(page))).png;
}
