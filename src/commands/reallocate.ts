/**
 * `clubcrm reallocate` (spec/commands.md): plans the lead reallocation - for a week the penalty
 * moves, next week's new-lead plan and the walk-in rotation; for `--month` the monthly swap -
 * writes the workbook and prints its summary (or, with --json, the model plus `file`).
 * Exit 0 once the workbook is written.
 */
import { dirname } from 'node:path';
import type { Config } from '../config/types.js';
import { checkWeek } from '../engine/check-week.js';
import { ClubError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ensureWritable } from '../io/write-output.js';
import { reportOutputPath, shownPath, withReportLock } from '../workspace/report-path.js';
import type { CommonOptions } from '../options.js';
import { leftBefore } from '../calendar/advisor-week.js';
import { addDays, addMonths } from '../calendar/local-date.js';
import { judgedAdvisors } from '../metrics/advisors.js';
import { maskPhones } from '../privacy/mask.js';
import { seedFromText } from '../random/seeded.js';
import { buildReallocation, reallocationJson, unassignedLeads, type ReallocationModel } from '../reports/reallocation/model.js';
import { readPriorTransfers } from '../reports/reallocation/prior-transfers.js';
import { writeReallocationWorkbook } from '../reports/reallocation/workbook.js';
import { VERSION } from '../version.js';
import { loadContextDataset, resolveContext, resolveMonth, resolveWeek } from './context.js';
import { writeJson } from '../io/json-out.js';

/** The file name prefix of the workbook (commands.md: reports/名单重新分配_<period>.xlsx). */
const FILE_PREFIX = '名单重新分配';

/** Where to write (workspace/report-path.ts): default `reports/名单重新分配_<period>.xlsx`. */
export function reallocationOutputPath(period: string, out: string | undefined, workspace: string | null, cwd: string): string {
  return reportOutputPath(`${FILE_PREFIX}_${period}.xlsx`, out, workspace, cwd);
}

/** The days a plan is for: the week after the week planned (its new leads), else the month of the swap. */
export function planningPeriod(week: { start: string; end: string } | null, month: string | null): { start: string; end: string } {
  if (week) return { start: addDays(week.start, 7), end: addDays(week.end, 7) };
  const start = `${month}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** `--seed`: a whole number that fits the generator's 32 bits. */
export function parseSeed(text: string): number {
  const s = text.trim();
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n > 0xffffffff) {
    throw new ClubError('error.bad-option', { option: '--seed', value: text, reason: t('realloc.error.bad-seed') }, { hint: null });
  }
  return n;
}

/** `--hold` names as the center spells them (aliases allowed); an unknown name stops the command. */
export function resolveHold(names: readonly string[], config: Config, active: readonly string[]): string[] {
  return names.map((raw) => {
    const name = raw.trim();
    const byAlias = config.advisors.find((a) => a.name === name || a.aliases.includes(name))?.name ?? name;
    if (!active.includes(byAlias)) {
      throw new ClubError('realloc.error.unknown-hold', { name, advisors: active.length > 0 ? active.join(', ') : '—' });
    }
    return byAlias;
  });
}

/**
 * The monthly swap alone (`--month` without `--week`): what concerns the swap only, the stale
 * cards (the same cards check counts under 老单客户卡未跟进) apart from the top-up to 1/3.
 */
function swapSummary(model: ReallocationModel, file: string): string {
  const count = (pick: (t: ReallocationModel['transfers'][number]) => boolean) => model.transfers.filter(pick).length;
  const lines = [
    t('realloc.swap.done', { month: model.month ?? '', transfers: model.transfers.length, seed: model.seed }),
    count((x) => x.basis === 'keep-share') > 0
      ? t('realloc.swap.split-keep', { keep: count((x) => x.basis === 'keep-share') })
      : t('realloc.swap.split', { stale: count((x) => x.basis === 'stale'), topUp: count((x) => x.basis === 'least-recent') }),
    ...model.advisors.map((a) =>
      t('realloc.swap.advisor', {
        advisor: a.advisor,
        stale: count((x) => x.from === a.advisor && x.basis === 'stale'),
        topUp: count((x) => x.from === a.advisor && x.basis !== 'stale'),
        out: a.cardsOut,
        in: a.cardsIn,
      }),
    ),
  ];
  lines.push(`${t('word.written')}${t('word.colon')}${file}`);
  return maskPhones(lines.join('\n'));
}

/** What the terminal shows without --json: counts per advisor, never a phone. */
function terminalSummary(model: ReallocationModel, file: string): string {
  if (model.week === null) return swapSummary(model, file);
  const lines = [
    t('realloc.done', { transfers: model.transfers.length, leads: model.newLeads.filter((l) => l.to).length, seed: model.seed }),
    ...model.advisors.map((a) =>
      t('realloc.done.advisor', { advisor: a.advisor, held: a.cardsHeld, out: a.cardsOut, in: a.cardsIn, leads: a.newLeads }),
    ),
  ];
  if (model.rotation.length > 0) lines.push(t('realloc.done.rotation', { order: model.rotation.map((r) => r.advisor).join(' → ') }));
  lines.push(`${t('word.written')}${t('word.colon')}${file}`);
  return maskPhones(lines.join('\n'));
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  // --month alone plans the swap; --week (or neither) plans the week; both plan both.
  const month = options.month !== undefined ? resolveMonth(options, ctx) : null;
  const weekInfo = options.week !== undefined || month === null ? resolveWeek(options, ctx) : null;
  const period = [month, weekInfo?.start].filter(Boolean).join('_');
  const seed = options.seed !== undefined ? parseSeed(options.seed) : seedFromText(`reallocate:${period}`);
  const path = reallocationOutputPath(period, options.out, ctx.workspace, cwd);
  // Refuse an existing output before reading every sheet, not after.
  ensureWritable(path, options.force);

  const dataset = await loadContextDataset(options, ctx);
  const { customers, calls, leads, complaints, callbacks } = dataset.records;
  // Missing inputs are data problems, not a reason to stop: the workbook says what was planned.
  if (customers.length === 0) process.stderr.write(`${t('realloc.warn.no-roster')}\n`);
  // Active: the config's active advisors within their dates in the period planned (next week's
  // leads, or the month's swap), or with no config every advisor of the dataset.
  const planned = planningPeriod(weekInfo, month);
  const active = judgedAdvisors(dataset, ctx.config, planned);
  // Whoever left before it hands their prospect cards over (manual: after `until`).
  const departed = ctx.config.advisors
    .filter((a) => a.until !== undefined && leftBefore(ctx.config, a.name, planned.start) && customers.some((c) => c.advisor === a.name))
    .map((a) => a.name);
  if (active.length === 0) process.stderr.write(`${t('realloc.warn.no-advisors')}\n`);
  const hold = resolveHold(options.hold ?? [], ctx.config, active);
  const results = weekInfo ? checkWeek(dataset, ctx.config, weekInfo, ctx.asOf).results : [];
  // The swap never gives a card back to the advisor an earlier reallocation took it from.
  const prior = month ? await readPriorTransfers(dirname(path), FILE_PREFIX, period) : null;
  for (const name of prior?.skipped ?? []) process.stderr.write(`${t('realloc.warn.prior-unreadable', { file: name })}\n`);

  const model = buildReallocation({
    customers,
    calls,
    leads,
    complaints,
    results,
    active,
    advisors: ctx.config.advisors.length > 0 ? ctx.config.advisors.map((a) => a.name) : dataset.advisors,
    week: weekInfo ? { start: weekInfo.start, end: weekInfo.end } : null,
    month,
    hold,
    departed,
    seed,
    config: ctx.config,
    previousOwner: prior
      ? (card) => {
          const last = prior.previousOwner.get(card.record.id);
          return last && last.from !== card.owner ? last.from : null;
        }
      : undefined,
  });
  await withReportLock(ctx.workspace, () => writeReallocationWorkbook(
    model,
    {
      center: ctx.config.center,
      asOf: ctx.asOf.iso,
      version: VERSION,
      files: [...dataset.files, ...(prior?.files ?? [])],
      hold,
      inputs: { cards: customers.length, calls: calls.length, leads: unassignedLeads(leads).length, complaints: complaints.length, callbacks: callbacks.length },
    },
    ctx.config.lang,
    path,
    options.force,
  ));
  if (model.unplaced > 0) process.stderr.write(`${t('realloc.warn.unplaced', { count: model.unplaced })}\n`);
  const unassigned = model.newLeads.filter((l) => l.to === null).length;
  if (unassigned > 0 && hold.length < active.length) process.stderr.write(`${t('staff.leads-unassigned', { count: unassigned })}\n`);
  const file = shownPath(path, cwd);
  if (options.json) {
    // Phones in full: this is the one output advisors call from (spec/commands.md).
    await writeJson(reallocationJson(model, file));
  } else {
    process.stdout.write(`${terminalSummary(model, file)}\n`);
  }
  return 0;
}
