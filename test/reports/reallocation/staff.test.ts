/**
 * Issue 12 items 5 and 8 through the real binary: `reallocate` hands a departed advisor's cards
 * over as its own kind of move, gives them no leads, keeps penalty cards from the penalised,
 * orders the rotation by verified complaints, and keeps the new-lead cut with one advisor.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { Sheets } from '../../support/staff-workspace.js';

interface ReallocJson {
  advisors: { advisor: string; cardsOut: number; cardsIn: number; newLeads: number }[];
  transfers: { from: string; to: string; rule: string }[];
  newLeads: { to: string | null }[];
  rotation: string[];
}

function roster(s: Sheets, cards: [string, number][]): void {
  const rows = [['顾问', '客户姓名', '联系电话', '客户状态']];
  for (const [advisor, n] of cards) for (let i = 0; i < n; i++) rows.push([advisor, `${advisor}客户${i}`, s.phone(), '潜在']);
  s.extra['roster.csv'] = rows;
}

function leads(s: Sheets, n: number): void {
  s.extra['leads.csv'] = [['分配日期', '名单来源', '联系电话'], ...Array.from({ length: n }, () => ['2026-11-21', '市场活动', s.phone()])];
}

function reallocate(dir: string): { status: number | null; stderr: string; json: ReallocJson } {
  const run = runCli(['reallocate', '--dir', dir, '--week', '2026-11-18', '--as-of', '2026-11-22T20:00', '--json', '--lang', 'en']);
  if (run.status !== 0) throw new Error(run.stderr);
  return { status: run.status, stderr: run.stderr, json: JSON.parse(run.stdout) as ReallocJson };
}

describe('reallocate with a departed advisor, a penalty, complaints', () => {
  const s = new Sheets();
  for (const advisor of ['张伟', '李娜']) for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) s.call(advisor, d, 50);
  s.invite('张伟', '2026-11-18', 15, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-21 10:00', '是');
  // 李娜: no second invite (1/5 of her cards move), no visit (her new leads are cut).
  s.invite('李娜', '2026-11-18', 15, '一次邀约', '2026-11-21 10:00', '否');
  roster(s, [['张伟', 5], ['李娜', 5], ['王芳', 6]]);
  leads(s, 10);
  // 张伟: two verified complaints this week; 李娜: one on Monday 11-23, after the week's close.
  s.extra['complaints.csv'] = [['投诉日期', '顾问', '是否属实'], ['2026-11-18', '张伟', '是'], ['2026-11-20', '张伟', '是'], ['2026-11-23', '李娜', '是']];
  const dir = s.write({ advisors: ['张伟', '李娜', { name: '王芳', until: '2026-11-19' }] });
  const { json } = reallocate(dir);

  it('hands the departed advisor\'s six cards over evenly (advisors.until), and gives her no new leads', () => {
    const handover = json.transfers.filter((t) => t.rule === 'advisors.until');
    expect(handover).toHaveLength(6);
    expect(handover.every((t) => t.from === '王芳')).toBe(true);
    expect(handover.filter((t) => t.to === '张伟')).toHaveLength(3);
    expect(json.newLeads.every((l) => l.to !== '王芳')).toBe(true);
  });

  it('moves 1/5 of the cards she held (1 of 5), to the advisor not penalised; cuts her leads to 4 of 10', () => {
    const penalty = json.transfers.filter((t) => t.rule === 'invites.second-zero');
    expect(penalty).toEqual([expect.objectContaining({ from: '李娜', to: '张伟' })]);
    expect(json.newLeads.filter((l) => l.to === '李娜')).toHaveLength(4);
    expect(json.newLeads.filter((l) => l.to === '张伟')).toHaveLength(6);
  });

  it('puts the advisor with two verified complaints last; a complaint after the close waits for the next rotation', () => {
    expect(json.rotation).toEqual(['李娜', '张伟']);
  });
});

describe('reallocate with one active advisor whose visits fell short', () => {
  it('still cuts the new leads: the cut share is listed unassigned', () => {
    const s = new Sheets();
    for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) s.call('张伟', d, 50);
    s.invite('张伟', '2026-11-18', 15, '一次邀约', '2026-11-21 10:00', '否');
    s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-21 10:00', '否');
    roster(s, [['张伟', 3]]);
    leads(s, 10);
    const { json, stderr } = reallocate(s.write({ advisors: ['张伟'] }));
    expect(json.newLeads.filter((l) => l.to === '张伟')).toHaveLength(8);
    expect(json.newLeads.filter((l) => l.to === null)).toHaveLength(2);
    expect(stderr).toContain('2 new leads stay unassigned');
  });
});
