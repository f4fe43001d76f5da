/** Small workspaces on disk for the staff/holiday tests: a config and CSV sheets, run through the real binary. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './run-cli.js';

export const CALL_HEADER = ['日期', '顾问', '客户姓名', '联系电话', '呼出类型', '通话结果'];
export const INVITE_HEADER = ['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '活动形式', '预约场次', '是否到访'];

/** Builds the rows of a center's sheets with fresh phones. */
export class Sheets {
  calls: string[][] = [];
  invites: string[][] = [];
  extra: Record<string, string[][]> = {};
  private seq = 0;

  phone(): string {
    this.seq += 1;
    return `139${String(this.seq).padStart(8, '0')}`;
  }

  /** `n` effective first-invite calls. */
  call(advisor: string, date: string, n: number, outcome = '有意向'): this {
    for (let i = 0; i < n; i++) this.calls.push([date, advisor, `客户${this.seq + 1}`, this.phone(), '一次邀约', outcome]);
    return this;
  }

  /** `n` invitations booked on `date` for `session`, visited or not. */
  invite(advisor: string, date: string, n: number, kind: '一次邀约' | '二次邀约', session: string, visited = '是', event = 'DEM体验课'): this {
    for (let i = 0; i < n; i++) this.invites.push([date, advisor, `家庭${this.seq + 1}`, this.phone(), kind, event, session, visited]);
    return this;
  }

  /** Writes a workspace (config + sheets/*.csv) and returns its folder. */
  write(config: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-staff-'));
    mkdirSync(join(dir, 'sheets'));
    writeFileSync(join(dir, 'clubcrm.config.json'), JSON.stringify(config, null, 2));
    const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
    if (this.calls.length > 0) writeFileSync(join(dir, 'sheets', 'calls.csv'), csv([CALL_HEADER, ...this.calls]));
    if (this.invites.length > 0) writeFileSync(join(dir, 'sheets', 'invites.csv'), csv([INVITE_HEADER, ...this.invites]));
    for (const [name, rows] of Object.entries(this.extra)) writeFileSync(join(dir, 'sheets', name), csv(rows));
    return dir;
  }
}

export interface CheckJson {
  advisors: { advisor: string; configured?: boolean; metrics: Record<string, number>; daily: { date: string; target: number }[] }[];
  results: { rule: string; advisor: string | null; status: string; actual: number | null; target: number | null; message: string; action?: { type: string } }[];
  dataIssues: { code: string; severity: string; message: string; value: string | null }[];
}

/** `clubcrm check --json` in a workspace. */
export function checkJson(dir: string, week: string, asOf: string, lang = 'en'): { run: CliRun; json: CheckJson } {
  const run = runCli(['check', '--dir', dir, '--week', week, '--as-of', asOf, '--json', '--lang', lang]);
  if (!run.stdout.trim().startsWith('{')) throw new Error(`check failed: ${run.stderr}`);
  return { run, json: JSON.parse(run.stdout) as CheckJson };
}

/** The result of `rule` for `advisor`. */
export function resultOf(json: CheckJson, rule: string, advisor: string | null) {
  return json.results.find((r) => r.rule === rule && r.advisor === advisor);
}
