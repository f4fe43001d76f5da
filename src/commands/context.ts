/**
 * What every reading verb needs before its own work: the workspace, the config in force, the
 * language, the as-of time, the week or month asked for, and the dataset. Resolved once here so
 * the flags mean the same in every verb.
 */
import { join, resolve } from 'node:path';
import { findWorkspace, resolveConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { ContentCache, resultKey } from '../dataset/cache.js';
import { displayPath, findInputFiles } from '../dataset/find-files.js';
import { contentHash } from '../dataset/read-file.js';
import { loadDataset } from '../dataset/load.js';
import type { Dataset } from '../dataset/types.js';
import { ClubError } from '../errors.js';
import { setLang, t } from '../i18n/index.js';
import { setCsvEncoding } from '../read/csv.js';
import { isLocalDate, resolveAsOf, wallClock, type AsOf } from '../calendar/local-date.js';
import { halfWidth } from '../forms/cells/cell-text.js';
import { parseDateText, splitDateTime } from '../forms/cells/date.js';
import { parseMonthText } from '../forms/cells/month.js';
import { weekContaining } from '../calendar/week.js';
import type { WeekInfo } from '../model/results.js';
import type { CommonOptions } from '../options.js';
import { createProgress } from '../render/progress.js';
import { tierForRows } from '../io/v8-tiering.js';
import { decodeConfigText } from './config-text.js';

export interface VerbContext {
  /** The workspace folder, or null when reading `--data` alone. */
  workspace: string | null;
  config: Config;
  asOf: AsOf;
  /** Paths shown to the user are relative to this folder. */
  baseDir: string;
}

/** Workspace, config (and its language unless --lang was given) and as-of. */
export function resolveContext(options: CommonOptions, cwd: string = process.cwd()): VerbContext {
  // With --data and no --dir, a workspace is optional: defaults apply when there is none.
  const workspace = findWorkspace(options.dir, cwd);
  const config = resolveConfig(workspace, decodeConfigText);
  if (options.lang) config.lang = options.lang;
  setLang(config.lang);
  if (options.encoding !== undefined) config.csvEncoding = options.encoding;
  if (!setCsvEncoding(config.csvEncoding ?? null)) {
    throw new ClubError('error.bad-option', { option: '--encoding', value: options.encoding, reason: t('error.bad-encoding-option') }, { hint: null });
  }
  for (const w of config.warnings ?? []) {
    const closest = w.closest ? t('config.unknown-key.closest', { closest: w.closest }) : '';
    process.stderr.write(`${t('config.warning-prefix')}${t('word.colon')}${t('config.unknown-key', { key: w.key, closest })}\n`);
  }
  const asOf = resolveAsOf(asOfInput(options.asOf, config.timeZone), config.timeZone);
  if (!asOf) {
    throw new ClubError('error.bad-option', { option: '--as-of', value: options.asOf, reason: t('error.bad-asof-option') }, { hint: null });
  }
  return { workspace, config, asOf, baseDir: workspace ?? cwd };
}

/**
 * `--as-of` as typed, in the form resolveAsOf reads: the sheets' date forms are accepted too
 * (`2026/11/20 19:00`, `2026年11月20日 19:00`, `11月20日` - a year-less date takes the year
 * nearest today). Anything else is handed on unchanged (and refused there).
 */
export function asOfInput(input: string | undefined, timeZone: string, now: Date = new Date()): string | undefined {
  if (input === undefined || resolveAsOf(input, timeZone, now)) return input;
  const today = wallClock(now, timeZone).slice(0, 10);
  const s = input.trim();
  const whole = parseDateText(s, today);
  if (whole) return whole.ok ? whole.value : input;
  const split = splitDateTime(s);
  if (!split) return input;
  const date = parseDateText(split.date, today);
  const time = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/.exec(halfWidth(split.time));
  if (!date?.ok || !time) return input;
  return `${date.value}T${time[1]!.padStart(2, '0')}:${time[2]}${time[3] ? `:${time[3]}` : ''}`;
}

/** The week of `--week` (any date in it, in any form the sheets accept), default the week of `--as-of`. */
export function resolveWeek(options: CommonOptions, ctx: VerbContext): WeekInfo {
  if (options.week === undefined) return weekContaining(ctx.asOf.local.slice(0, 10), ctx.config);
  const parsed = parseDateText(options.week.trim(), ctx.asOf.local.slice(0, 10));
  if (!parsed?.ok || !isLocalDate(parsed.value)) {
    throw new ClubError('error.bad-option', { option: '--week', value: options.week, reason: t('error.bad-date-option') }, { hint: null });
  }
  return weekContaining(parsed.value, ctx.config);
}

/** The month of `--month` (2026-11, 2026/11, 2026年11月, 11月), default the month of the as-of week's Friday. */
export function resolveMonth(options: CommonOptions, ctx: VerbContext): string {
  if (options.month === undefined) return weekContaining(ctx.asOf.local.slice(0, 10), ctx.config).month;
  const parsed = parseMonthText(options.month.trim(), ctx.asOf.local.slice(0, 10));
  if (!parsed?.ok) {
    throw new ClubError('error.bad-option', { option: '--month', value: options.month, reason: t('error.bad-month-option') }, { hint: null });
  }
  return parsed.value;
}

/** The sheets to read: `--data` paths, else the workspace's `sheets/`. */
export function dataPaths(options: CommonOptions, ctx: VerbContext, cwd: string = process.cwd()): string[] {
  if (options.data && options.data.length > 0) return options.data.map((p) => resolve(cwd, p));
  if (ctx.workspace) return [join(ctx.workspace, 'sheets')];
  throw new ClubError('error.no-data', {}, { hint: null });
}

/**
 * Reads the dataset the options name, through the workspace's content cache when there is a
 * workspace, with a progress line on a terminal's stderr (never with --json).
 */
export async function loadContextDataset(options: CommonOptions, ctx: VerbContext, cached?: CachedResult | null): Promise<Dataset> {
  const progress = createProgress({ json: options.json });
  try {
    return await loadDataset({
      paths: dataPaths(options, ctx),
      baseDir: ctx.baseDir,
      config: ctx.config,
      asOf: ctx.asOf.local,
      cache: cached?.cache ?? ContentCache.of(ctx.workspace),
      contentHashes: cached?.hashes,
      onProgress: (state) => {
        tierForRows(state.rows);
        progress.update(state);
      },
    });
  } finally {
    progress.done();
  }
}

/** Where a verb's whole result is cached, and under which key (see resultCacheFor). */
export interface CachedResult {
  cache: ContentCache;
  /** The entry's name (what the result is of, e.g. the week) and its key. */
  name: string;
  key: string;
  /** The inputs' hashes, handed on to the loader so no file is hashed twice. */
  hashes: Map<string, { size: number; sha256: string }>;
}

/**
 * The result cache of a verb over the inputs the options name: keyed by every input file's
 * path and SHA-256, the config in force, the as-of, `parts` (the period) and the tool
 * version. Null without a workspace (nothing is cached with --data alone).
 */
export async function resultCacheFor(options: CommonOptions, ctx: VerbContext, parts: Record<string, unknown>): Promise<CachedResult | null> {
  const cache = ContentCache.of(ctx.workspace);
  if (!cache) return null;
  const paths = findInputFiles(dataPaths(options, ctx), ctx.baseDir);
  let hashes: Map<string, { size: number; sha256: string }>;
  try {
    hashes = new Map(await Promise.all(paths.map(async (p) => [p, await contentHash(p)] as const)));
  } catch {
    return null; // a file that cannot be read: no cached result; the loader reports the file
  }
  const inputs = paths.map((p) => [displayPath(p, ctx.baseDir), hashes.get(p)!.sha256]);
  const name = JSON.stringify(parts);
  return { cache, name, key: resultKey({ inputs, config: ctx.config, asOf: ctx.asOf, parts }), hashes };
}
