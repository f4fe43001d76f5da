import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/init.js';
import { RULE_DEFAULTS } from '../../src/config/defaults.js';
import { decodeConfigText } from '../../src/commands/config-text.js';
import { defaultConfig, loadConfigFile } from '../../src/config/load.js';
import { ClubError } from '../../src/errors.js';
import { FORM_DEFS } from '../../src/forms/index.js';
import { FORM_IDS } from '../../src/model/records.js';
import { setLang } from '../../src/i18n/index.js';

let out: string[];
beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  setLang('zh');
});

describe('clubcrm init', () => {
  // One workspace for the checks that only read what init wrote (writing 11 templates takes a moment).
  let shared: Promise<string> | null = null;
  const initialized = (): Promise<string> => {
    shared ??= (async () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'clubcrm-init-')), '中心');
      expect(await run([dir], {})).toBe(0);
      return dir;
    })();
    return shared;
  };

  it('writes a config with every default and every rule with its section, which loads back unchanged', async () => {
    const dir = await initialized();
    const file = join(dir, 'clubcrm.config.json');
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(raw.rules).sort()).toEqual(Object.keys(RULE_DEFAULTS).sort());
    for (const [id, def] of Object.entries(RULE_DEFAULTS)) {
      expect(raw.rules[id]).toEqual({ section: def.section, ...def.params });
    }
    expect(raw).toMatchObject({
      center: '示例中心', lang: 'zh', timeZone: 'Asia/Shanghai', closeOfBusiness: '18:00', advisors: [],
      calendar: { holidays: [], workdays: [] }, callbackSample: 5, swap: { reading: 'release-third' },
    });
    expect(loadConfigFile(file, decodeConfigText)).toEqual({ ...defaultConfig(), source: file });
    for (const sub of ['sheets', 'reports', 'templates']) expect(existsSync(join(dir, sub))).toBe(true);
    const templates = readdirSync(join(dir, 'templates')).sort();
    expect(templates).toEqual(FORM_IDS.map((id) => `${FORM_DEFS[id].zh}.xlsx`).sort());
    expect(out.join('')).toMatch(/收到表格后运行：.+ import <文件或文件夹>/);
  });

  it('writes lang en and English templates with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-init-'));
    await run([dir], { lang: 'en' });
    expect(loadConfigFile(join(dir, 'clubcrm.config.json'), decodeConfigText).lang).toBe('en');
    expect(readdirSync(join(dir, 'templates'))).toContain('Daily calls.xlsx');
  });

  it('refuses to overwrite an existing config without --force (exit 2), and resets it with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-init-'));
    const file = join(dir, 'clubcrm.config.json');
    writeFileSync(file, '{"center":"我的中心"}');
    const err = await run([dir], {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClubError);
    expect((err as ClubError).exitCode).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('{"center":"我的中心"}');
    expect(await run([dir], { force: true })).toBe(0);
    expect(loadConfigFile(file, decodeConfigText).center).toBe('示例中心');
  });

  it('gives every enumeration column of every template a dropdown of its words', async () => {
    const dir = await initialized();
    for (const id of FORM_IDS) {
      const form = FORM_DEFS[id];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'templates', `${form.zh}.xlsx`));
      const ws = wb.worksheets[0]!;
      form.fields.forEach((f, i) => {
        const cell = ws.getRow(2).getCell(i + 1) as unknown as { dataValidation?: ExcelJS.DataValidation };
        if (f.values && f.values.length > 0) {
          expect(cell.dataValidation?.formulae, `${id}.${f.key}`).toEqual([`"${f.values.map((v) => v.zh).join(',')}"`]);
        } else {
          expect(cell.dataValidation, `${id}.${f.key}`).toBeUndefined();
        }
      });
    }
  });
});
