/**
 * The supervisor's Friday through the real binary, on the bundled demo center (issue 14): check
 * says what to do and fits a screen, rules appear by name (ids only in --json and in the
 * workbooks' 规则编号 column), a 100-column terminal gets no longer line, the flags take the
 * sheets' date forms, commander speaks Chinese, director-summary defaults to the last complete
 * month, and check --messages writes to exactly the advisors who owe something.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/model/results.js';
import { displayWidth } from '../../src/render/terminal-width.js';
import { RULES } from '../../src/rules/index.js';
import { zipEntries } from '../../src/xlsx-write/rezip.js';
import { spawnSync } from 'node:child_process';
import { BIN, hasStackTrace, ROOT, runCli } from '../support/run-cli.js';

const DEMO = join(ROOT, 'fixtures', 'demo-center');
const dir = mkdtempSync(join(tmpdir(), 'friday-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRIDAY = ['--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00'];
const RULE_IDS = [...RULES.keys(), 'sessions.helper-needed', 'sessions.observer'];
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: dir, env });
const idsIn = (text: string) => RULE_IDS.filter((id) => text.includes(id));

/** Every cell's text of a workbook, outside the columns headed 规则编号 (below that header). */
async function cellTextsOutsideIdColumn(path: string): Promise<{ where: string; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: { where: string; text: string }[] = [];
  for (const ws of wb.worksheets) {
    const exempt = new Map<number, number>(); // column -> header row
    ws.eachRow((row, r) => row.eachCell((c) => {
      if (c.text === '规则编号') exempt.set(Number(c.col), r);
    }));
    ws.eachRow((row, r) => row.eachCell((c) => {
      const header = exempt.get(Number(c.col));
      if (header !== undefined && r > header) return;
      out.push({ where: `${ws.name}!${c.address}`, text: c.text });
    }));
  }
  return out;
}

describe('check on the demo week, Friday evening', () => {
  const check = run(['check', ...FRIDAY]);
  const all = run(['check', ...FRIDAY, '--all']);
  const json = JSON.parse(run(['check', ...FRIDAY, '--json']).stdout) as CheckReport;

  it('fits 40 lines without --all, misses and consequences first, then the grouped warnings and the table', () => {
    expect(check.status).toBe(1);
    const lines = check.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    const must = lines.findIndex((l) => l.startsWith('必须处理'));
    const others = lines.findIndex((l) => l.startsWith('其他问题'));
    const table = lines.findIndex((l) => l.startsWith('┌'));
    expect(must).toBeGreaterThan(0);
    expect(others).toBeGreaterThan(must);
    expect(table).toBeGreaterThan(others);
    // The quota misses with who, what and the consequence.
    expect(check.stdout).toMatch(/✘ 赵强 +一次邀约 +12\/15 +截止 11月20日（周五）18:00 +→ 周末加打 20 个有效呼出/);
    expect(check.stdout).toMatch(/✘ 王芳 +每周有效呼出 +149\/150 .*→ 全队当月奖金取消/);
    // Overdue follow-ups in one line with the total over the advisors (the JSON's sum).
    const overdue = json.results.filter((r) => r.rule === 'cards.followup-due' && r.status === 'missed');
    const total = overdue.reduce((s, r) => s + (r.actual ?? 0), 0);
    expect(check.stdout).toContain(`${overdue.length} 位顾问共 ${total} 张客户卡跟进逾期`);
    expect(check.stdout).toContain('见周报“数据问题”表');
  });

  it('--all lists every finding one by one', () => {
    const shown = json.results.filter((r) => r.status === 'missed' || (r.status === 'pending' && r.severity === 'quota'));
    expect(all.stdout.trimEnd().split('\n').length).toBeGreaterThan(check.stdout.trimEnd().split('\n').length);
    for (const r of shown) expect(all.stdout).toContain(r.advisor ?? '全队');
    expect(all.stdout.match(/^[✘…] /gm)!.length).toBeGreaterThanOrEqual(shown.length);
  });

  it('shows no rule id on the terminal; --json keeps them', () => {
    expect(idsIn(check.stdout)).toEqual([]);
    expect(idsIn(all.stdout)).toEqual([]);
    expect(json.results.some((r) => r.rule === 'calls.weekly')).toBe(true);
  });

  it('--messages: one message for every advisor who owes something, none for the rest', () => {
    const r = run(['check', ...FRIDAY, '--messages']);
    const owing = new Set(
      json.results
        .filter((x) => x.advisor && ((x.severity === 'quota' && x.status === 'missed') || (x.rule === 'invites.makeup' && x.status === 'pending')))
        .map((x) => x.advisor!),
    );
    expect([...owing].sort()).toEqual(['刘洋', '王芳', '赵强', '陈静'].sort());
    const messages = r.stdout.trim().split(/\n\n/);
    expect(messages.map((m) => m.split('：')[0]).sort()).toEqual([...owing].sort());
    expect(messages).toContain('赵强：本周一次邀约 12/15；请于 11月22日（周日）18:00 前补打 20 个有效电话。');
    expect(idsIn(r.stdout)).toEqual([]);
  });
});

describe('zh workbooks and report output show rules by name', () => {
  const weekly = join(dir, 'weekly.xlsx');
  const realloc = join(dir, 'realloc.xlsx');
  const swap = join(dir, 'swap.xlsx');
  const director = join(dir, 'director.xlsx');
  const runs = [
    run(['weekly-report', ...FRIDAY, '--out', weekly]),
    run(['reallocate', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-22T19:00', '--out', realloc]),
    run(['reallocate', '--data', DEMO, '--month', '2026-12', '--as-of', '2026-12-02T09:00', '--out', swap]),
    run(['director-summary', '--data', DEMO, '--month', '2026-11', '--as-of', '2026-12-02T09:00', '--out', director]),
  ];

  it('prints no rule id on stdout or stderr', () => {
    for (const r of runs) {
      expect(r.status).toBe(0);
      expect(idsIn(r.stdout + r.stderr)).toEqual([]);
    }
  });

  it('weekly-report prints the figure table of check, not rule counts', () => {
    expect(runs[0]!.stdout).toMatch(/│ 赵强 │ 152\/150 ✔ │ 12\/15 ✘ │/);
    expect(runs[0]!.stdout).not.toMatch(/│ 顾问 +│ ✔ 达标 +│ ✘ 未达标/); // the old table of status counts
    const messages = readFileSync(join(dir, 'weekly_群消息.txt'), 'utf8');
    expect(messages).toContain('赵强：本周一次邀约 12/15');
  });

  it('every zh workbook holds rule ids only in its 规则编号 column', async () => {
    for (const path of [weekly, realloc, swap, director]) {
      const cells = await cellTextsOutsideIdColumn(path);
      expect(cells.length).toBeGreaterThan(50);
      expect(cells.filter((c) => idsIn(c.text).length > 0)).toEqual([]);
    }
  });

  it('read back: counts never as percentages, every autofilter named, currency quoted, dated the as-of', async () => {
    const asOf: Record<string, string> = {
      [weekly]: '2026-11-20T11:00:00Z',
      [realloc]: '2026-11-22T11:00:00Z',
      [swap]: '2026-12-02T01:00:00Z',
      [director]: '2026-12-02T01:00:00Z',
    };
    for (const path of [weekly, realloc, swap, director]) {
      const parts = new Map(zipEntries(readFileSync(path)).map((e) => [e.name, e.data.toString('utf8')]));
      expect([...parts.keys()].filter((n) => n.endsWith('/'))).toEqual([]);
      expect(parts.get('docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${asOf[path]}</dcterms:created>`);
      const workbookXml = parts.get('xl/workbook.xml')!;
      const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
      sheets.forEach((name, i) => {
        const filter = /<autoFilter ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(parts.get(name)!);
        if (filter) expect(workbookXml).toMatch(new RegExp(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">[^<]*!\\$${filter[1]}\\$${filter[2]}:\\$${filter[3]}\\$${filter[4]}</definedName>`));
      });
      expect(workbookXml.match(/_xlnm._FilterDatabase/g)!.length).toBe(sheets.filter((n) => parts.get(n)!.includes('<autoFilter')).length);
      const formats = [...parts.get('xl/styles.xml')!.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
      for (const f of formats.filter((x) => x.includes('¥'))) expect(f).toMatch(/^"¥"/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
        if (typeof c.value === 'number' && Number.isInteger(c.value) && c.value > 1) expect(c.numFmt ?? '', `${ws.name}!${c.address}`).not.toContain('%');
      })));
    }
    // The roster prints its header only: the moves are what goes on paper.
    const reallocXml = zipEntries(readFileSync(realloc)).find((e) => e.name === 'xl/workbook.xml')!.data.toString('utf8');
    expect(reallocXml).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'客户管理表'!\$A\$1:\$[A-Z]+\$1<\/definedName>/);
  });

  it('monthly reallocate separates stale cards (as check counts them) from the top-up', () => {
    const stale = JSON.parse(run(['check', '--data', DEMO, '--as-of', '2026-12-02T09:00', '--json']).stdout) as CheckReport;
    const total = stale.results.filter((r) => r.rule === 'cards.stale').reduce((s, r) => s + (r.actual ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(runs[2]!.stdout).toContain(`其中超过 30 天未跟进 ${total} 张`);
    expect(runs[2]!.stdout).not.toContain('新名单');
  });
});

describe('a 100-column terminal', () => {
  it('gets no line over 100 columns', () => {
    const env = { COLUMNS: '100' };
    const outputs = [
      run(['check', ...FRIDAY], env),
      run(['check', ...FRIDAY, '--all'], env),
      run(['check', ...FRIDAY, '--messages'], env),
      run(['weekly-report', ...FRIDAY, '--out', join(dir, 'w100.xlsx')], env),
      run(['rules'], env),
      run(['inspect', join(DEMO, '签约登记.xlsx'), join(DEMO, '客户管理表.xlsx')], env),
      run(['--help'], env),
    ];
    for (const r of outputs) {
      expect(hasStackTrace(r.stderr)).toBe(false);
      const long = (r.stdout + r.stderr).split('\n').filter((l) => displayWidth(l) > 100);
      expect(long).toEqual([]);
    }
  });
});

describe('flags take the date forms the sheets accept', () => {
  const title = '示例中心 · 第 2026-11-18 周（2026-11-18 至 2026-11-24）· 截至 2026-11-20 19:00';

  it('--week and --as-of', () => {
    for (const [week, asOf] of [
      ['2026/11/18', '2026/11/20 19:00'],
      ['2026年11月18日', '2026年11月20日 19:00'],
      ['11月18日', '2026-11-20T19:00'],
    ]) {
      const r = run(['check', '--data', DEMO, '--week', week!, '--as-of', asOf!]);
      expect(r.stdout.split('\n')[0]).toBe(title);
    }
  });

  it('--month, and a bad value names the forms that work', () => {
    const r = run(['director-summary', '--data', DEMO, '--month', '11月', '--as-of', '2026-12-02T09:00', '--out', join(dir, 'm.xlsx')]);
    expect(r.stdout.split('\n')[0]).toBe('示例中心 月度汇总 2026-11');
    const bad = run(['director-summary', '--data', DEMO, '--month', '2026/13', '--as-of', '2026-12-02T09:00']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('2026-11、2026/11、2026年11月 或 11月');
    const badWeek = run(['check', '--data', DEMO, '--week', '下周三']);
    expect(badWeek.status).toBe(2);
    expect(badWeek.stderr).toContain('2026/11/18、2026年11月18日 或 11月18日');
  });
});

describe('templates that know the center', () => {
  it('templates --advisor 张伟 --week 2026-11-25: the advisor and the week\'s dates in dropdowns, the center in the title', async () => {
    const ws = join(dir, 'ws');
    expect(run(['init', ws]).status).toBe(0);
    const configPath = join(ws, 'clubcrm.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, center: '示例中心', advisors: ['张伟', '李娜'] }));
    const r = runCli(['templates', '--advisor', '张伟', '--week', '2026-11-25', '--out', 'mine/'], { cwd: ws });
    expect(r.status).toBe(0);
    const path = join(ws, 'mine', '顾问每日工作日程表_张伟_2026-11-25.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['顾问每日工作日程表', '填写说明']);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').text).toBe('示例中心 · 顾问每日工作日程表 · 张伟 · 2026-11-25 至 2026-12-01 周');
    expect(sheet.getCell('A2').text).toBe('日期(必填)');
    expect(sheet.getCell('B2').text).toBe('顾问(必填)');
    expect(sheet.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"张伟"'] });
    expect(sheet.getCell('A50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"2026-11-25,2026-11-26,2026-11-27,2026-11-28,2026-11-29,2026-11-30,2026-12-01"'],
    });
    // The workspace's own templates: every configured advisor offered.
    expect(runCli(['templates', '--force'], { cwd: ws }).status).toBe(0);
    const all = new ExcelJS.Workbook();
    await all.xlsx.readFile(join(ws, 'templates', '顾问每日工作日程表.xlsx'));
    expect(all.worksheets[0]!.getCell('B3').dataValidation).toMatchObject({ formulae: ['"张伟,李娜"'] });
  });
});

describe('the small things', () => {
  it('check --json | head exits with the same code as unpiped', () => {
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check ${FRIDAY.map((a) => `'${a}'`).join(' ')} --json | head -1 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(piped.status).toBe(1);
  });

  it('English counts are plural-correct', () => {
    const en = run(['check', ...FRIDAY, '--lang', 'en']);
    expect(en.stdout).toContain('1 renewal (¥12,800) left out');
    expect(en.stdout).not.toMatch(/\b1 renewals\b/);
  });
});

describe('commander in Chinese', () => {
  it('usage, help, unknown command, missing argument, bad choice; -v prints the version', () => {
    expect(run(['--help']).stdout).toMatch(/^用法： clubcrm \[选项\] \[命令\]/);
    expect(run(['help', 'check']).stdout).toContain('选项：');
    const unknown = run(['chek']);
    expect(unknown.status).toBe(2);
    // Run from a folder outside the clone with nothing installed: the hint names the command that works there.
    expect(unknown.stderr).toMatch(/^错误：没有这个命令：chek（运行 node .+clubcrm\.js["']? --help 查看全部命令）\n（是不是要用 check？）\n$/);
    expect(run(['import']).stderr).toBe('错误：缺少必需的参数 文件或文件夹\n');
    expect(run(['check', '--lang', 'fr']).stderr).toContain('错误：选项 --lang <lang> 的值 “fr” 无效，可选：zh, en');
    expect(run(['chek', '--lang', 'en']).stderr).toMatch(/^Error: unknown command chek \(run node .+clubcrm\.js["']? --help for every command\)$/m);
    expect(run(['-v']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('director-summary without --month', () => {
  it('summarises the last complete month, not the one just begun', () => {
    const r = run(['director-summary', '--data', DEMO, '--as-of', '2026-12-02T09:00', '--out', `${dir}/`]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('示例中心 月度汇总 2026-11');
    expect(existsSync(join(dir, '月度汇总_2026-11_终版.xlsx'))).toBe(true);
  });

  it('an empty month is still written, says so and warns', () => {
    const r = run(['director-summary', '--data', DEMO, '--month', '2027-01', '--as-of', '2027-02-02T09:00', '--out', join(dir, 'empty.xlsx')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('2027-01 没有任何数据');
    expect(existsSync(join(dir, 'empty.xlsx'))).toBe(true);
  });
});
