/**
 * The picture for WeChat (issue 13 item 2): the first page drawn as SVG by clubcrm and
 * rasterised in-process by resvg (WebAssembly) with the CJK font of the font package alone.
 * The drawn page shows the same texts and figures as the page model the sheet is written from;
 * Chinese is drawn as Chinese with no font of the machine (the renderer is given no other
 * font, and with none it draws no text at all); `weekly-report` and `director-summary` write a
 * PNG about 1080 px wide beside the workbook and name it in `--json`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionWord, figureCell, textCell, type OnePage } from '../../src/reports/page.js';
import { pageSvg, pictureText, PICTURE_WIDTH } from '../../src/picture/page-svg.js';
import { svgToPng } from '../../src/picture/page-png.js';
import { ROOT, runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'picture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page: OnePage = {
  sheetName: '本周结论',
  title: '示例中心 销售部工作周报 · 初版',
  subtitle: '2026-11-18 至 2026-11-24 · 截至 2026-11-20 19:00',
  final: false,
  editionWord: editionWord(false, 'zh'),
  blocks: [
    { kind: 'heading', text: '团队奖金（2026-11）' },
    { kind: 'line', text: '✘ 2026-11 全队奖金取消：王芳：2026-11-18 周有效呼出 149，未达 150。', status: 'missed' },
    {
      kind: 'table',
      table: {
        headers: ['顾问', '有效呼出', '金额'],
        rows: [
          [textCell('王芳'), figureCell(149, 150, 'missed', '#,##0', 'zh'), figureCell(12800, 30000, 'pending', '¥#,##0', 'zh')],
          [textCell('中心合计', null, true), figureCell(867, 850, 'met', '#,##0', 'zh'), figureCell(32400, null, null, '¥#,##0', 'zh')],
        ],
        totalRows: 1,
      },
    },
  ],
};

/** The texts an SVG draws, in order. */
function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

/** Pixels that are not (near) white. */
function ink(pixels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) n++;
  return n;
}

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the page drawn as SVG', () => {
  it('draws every text and figure of the page, figures over their status words', () => {
    const texts = drawnTexts(pageSvg(page));
    const flat = texts.join('').replace(/\s/g, '');
    for (const s of [page.title, page.subtitle, '团队奖金（2026-11）', page.blocks[1]!.kind === 'line' ? page.blocks[1]!.text : '']) {
      expect(flat).toContain(pictureText(s).replace(/\s/g, ''));
    }
    expect(texts).toContain('149/150');
    expect(texts).toContain('× 未达标');
    expect(texts).toContain('¥12,800/¥30,000');
    expect(texts).toContain('… 待定');
    expect(texts).toContain('867/850');
    expect(texts).toContain('√ 达标');
    expect(texts).toContain('¥32,400');
    expect(pageSvg(page)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1080" height="\d+"/);
  });
});

describe('the page as PNG', () => {
  it('is 1080 px wide, as long as the page', async () => {
    const { png, width, height } = await svgToPng(pageSvg(page));
    expect(width).toBe(PICTURE_WIDTH);
    expect(pngSize(Buffer.from(png))).toEqual({ width, height });
    expect(height).toBeGreaterThan(400);
  });

  it('draws Chinese with the bundled font only: glyphs, not boxes, and nothing without it', async () => {
    const svg = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><text x="10" y="60" font-size="48">${s}</text></svg>`;
    const ben = await svgToPng(svg('本周'));
    const mu = await svgToPng(svg('木周'));
    expect(ink(ben.pixels)).toBeGreaterThan(300);
    // Two characters that differ draw differently (a missing glyph draws the same box for both).
    expect(Buffer.from(ben.pixels).equals(Buffer.from(mu.pixels))).toBe(false);
    // Given no font, the renderer draws no text: it never reaches the machine's fonts.
    expect(ink((await svgToPng(svg('本周'), [])).pixels)).toBe(0);
  });
});

describe('weekly-report and director-summary write the picture beside the workbook (real binary)', () => {
  const DEMO = join(ROOT, 'fixtures', 'demo-center');
  for (const lang of ['zh', 'en'] as const) {
    it(`weekly-report --json names the PNG (${lang})`, () => {
      const out = join(dir, `w-${lang}.xlsx`);
      const run = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', out, '--json', '--lang', lang]);
      expect(run.status, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as { file: string; image: string };
      expect(json.image).toBe(join(dir, `w-${lang}.png`));
      const { width, height } = pngSize(readFileSync(json.image));
      expect(width).toBe(1080);
      expect(height).toBeGreaterThan(1500);
    });
  }

  it('--no-image writes no picture; an existing picture is kept without --force', () => {
    const out = join(dir, 'none.xlsx');
    const run = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', out, '--json', '--no-image']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).not.toHaveProperty('image');
    expect(existsSync(join(dir, 'none.png'))).toBe(false);
    const again = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', join(dir, 'w-zh.xlsx')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it('director-summary prints where the picture went', () => {
    const run = runCli(['director-summary', '--data', DEMO, '--month', '2026-11', '--as-of', '2026-12-02T10:00', '--out', join(dir, 'm.xlsx')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`图片已写入：${join(dir, 'm.png')}`);
    expect(pngSize(readFileSync(join(dir, 'm.png'))).width).toBe(1080);
  });
});

describe('the picture and the sheet show the same page', () => {
  it('draws every cell of the first sheet, from the same page model (fixture week, zh and en)', async () => {
    const { buildWeeklyModel } = await import('../../src/reports/weekly/model.js');
    const { buildWeeklyPage, pageExtras } = await import('../../src/reports/weekly/first-page.js');
    const { buildWeeklyWorkbook } = await import('../../src/reports/weekly/workbook.js');
    const fx = await import('../support/weekly-fixture.js');
    for (const lang of ['zh', 'en'] as const) {
      const model = buildWeeklyModel({ report: fx.checkReport(false), dataset: fx.dataset(), config: fx.config(), week: fx.WEEK, asOf: fx.FRIDAY });
      const extras = pageExtras(fx.dataset(), fx.config(), fx.WEEK, fx.FRIDAY, model.advisors.map((a) => a.advisor));
      const built = buildWeeklyPage(model, extras, lang);
      const drawn = drawnTexts(pageSvg(built));
      const flat = drawn.join('').replace(/\s/g, '');
      const wb = await buildWeeklyWorkbook(model, { config: fx.config(), files: [], version: '9.9.9', lang, page: built });
      const ws = wb.worksheets[0]!;
      let checked = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const table = built.blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows.flat() : []));
          // A figure cell: the sheet holds the number, the picture draws the text its format shows.
          const pc = typeof cell.value === 'number' ? table.find((c) => c.value === cell.value && c.numFmt === cell.numFmt) : null;
          if (typeof cell.value === 'number') expect(pc, `${cell.value} ${cell.numFmt}`).toBeDefined();
          const shown = pc ? pc.text : typeof cell.value === 'string' ? cell.value : null;
          if (shown === null) return;
          expect(flat, shown).toContain(pictureText(shown).replace(/\s/g, ''));
          checked++;
        }),
      );
      expect(checked).toBeGreaterThan(30);
    }
  });
});
