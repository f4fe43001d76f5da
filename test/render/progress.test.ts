import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { loadDataset, type LoadProgressState } from '../../src/dataset/load.js';
import { setLang } from '../../src/i18n/index.js';
import { createProgress } from '../../src/render/progress.js';

/** A stream double that records what is written to it. */
function stream(isTTY: boolean | undefined) {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => written.push(s) };
}

/** A clock that moves one second per reading. */
function clock() {
  let ms = 0;
  return () => (ms += 1000);
}

const STATE: LoadProgressState = { files: 200, filesDone: 17, rows: 25_500 };

describe('the progress display', () => {
  it('shows files done, rows and throughput on a terminal, and clears its line at the end', () => {
    setLang('en');
    const tty = stream(true);
    const p = createProgress({ stream: tty, now: clock() });
    p.update(STATE);
    p.done();
    expect(tty.written[0]).toContain('17/200 files');
    expect(tty.written[0]).toContain('25,500 rows');
    expect(tty.written[0]).toMatch(/[\d,]+ rows\/s/);
    expect(tty.written.at(-1)).toBe('\r\x1b[2K');
  });

  it('is silent when stderr is not a terminal (piped, captured) or with --json', () => {
    for (const s of [stream(false), stream(undefined)]) {
      const p = createProgress({ stream: s, now: clock() });
      p.update(STATE);
      p.done();
      expect(s.written).toEqual([]);
    }
    const tty = stream(true);
    const p = createProgress({ stream: tty, json: true, now: clock() });
    p.update(STATE);
    p.done();
    expect(tty.written).toEqual([]);
  });

  it('is told every file and the rows read by the loader', async () => {
    setLang('zh');
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-progress-'));
    try {
      const rows = Array.from({ length: 20_000 }, (_, i) => `2026-11-18,张伟,,138${String(i).padStart(8, '0')},,一次邀约,未接通`);
      writeFileSync(join(dir, '附表1.csv'), ['日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果', ...rows].join('\n'));
      writeFileSync(join(dir, '附表1b.csv'), ['日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果', ...rows.slice(0, 10)].join('\n'));
      const seen: LoadProgressState[] = [];
      await loadDataset({ paths: [dir], baseDir: dir, config: defaultConfig(), asOf: '2026-11-20T19:00:00', onProgress: (s) => seen.push({ ...s }) });
      expect(seen.at(-1)).toEqual({ files: 2, filesDone: 2, rows: 20_010 });
      expect(seen.some((s) => s.filesDone === 0 && s.rows > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
