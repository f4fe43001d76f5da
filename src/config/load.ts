/**
 * Finding the workspace and resolving the config: defaults < clubcrm.config.json < flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ClubError } from '../errors.js';
import { setCsvEncoding } from '../read/csv.js';
import {
  CALLBACK_SAMPLE_PER_ADVISOR,
  DEFAULT_CENTER,
  DEFAULT_LANG,
  DEFAULT_TIME_ZONE,
  EFFECTIVE_OUTCOMES,
  RULE_DEFAULTS,
  SWAP_DEFAULTS,
  WEEK_DEFAULTS,
} from './defaults.js';
import type { AdvisorConfig, Config, Lang } from './types.js';
import { CN_CALENDAR } from './cn-calendar.js';
import { isFixedOffsetZone } from './time-zones.js';

export const CONFIG_FILE = 'clubcrm.config.json';

/** The workspace folder: `--dir`, or the first folder from `cwd` upward holding the config; null when none. */
export function findWorkspace(dir: string | undefined, cwd: string = process.cwd()): string | null {
  if (dir) {
    const abs = resolve(cwd, dir);
    if (!existsSync(join(abs, CONFIG_FILE))) {
      throw new ClubError('error.no-workspace', { dir: abs });
    }
    return abs;
  }
  let here = resolve(cwd);
  for (;;) {
    if (existsSync(join(here, CONFIG_FILE))) return here;
    const up = dirname(here);
    if (up === here) return null;
    here = up;
  }
}

/** The config with every default, as `init` writes it (each rule with its manual section). */
export function defaultConfig(): Config {
  const rules: Config['rules'] = {};
  for (const [id, def] of Object.entries(RULE_DEFAULTS)) rules[id] = { ...def.params };
  return {
    center: DEFAULT_CENTER,
    lang: DEFAULT_LANG as Lang,
    timeZone: DEFAULT_TIME_ZONE,
    closeOfBusiness: WEEK_DEFAULTS.closeOfBusiness,
    advisors: [],
    calendar: { holidays: [...CN_CALENDAR.holidays], workdays: [...CN_CALENDAR.workdays] },
    effectiveOutcomes: [...EFFECTIVE_OUTCOMES],
    rules,
    callbackSample: CALLBACK_SAMPLE_PER_ADVISOR,
    swap: { reading: SWAP_DEFAULTS.reading },
    source: null,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(file: string, field: string, expected: string): never {
  throw new ClubError('error.bad-config', { file, field, expected });
}

/** Reads and validates a config file over the defaults. */
export function loadConfigFile(file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ClubError('error.config-unreadable', { file, reason: (err as Error).message }, { cause: err });
  }
  if (!isRecord(raw)) bad(file, '(top)', 'object');
  const cfg = defaultConfig();
  cfg.source = file;
  if (raw.center !== undefined) {
    if (typeof raw.center !== 'string') bad(file, 'center', 'text');
    cfg.center = raw.center;
  }
  if (raw.lang !== undefined) {
    if (raw.lang !== 'zh' && raw.lang !== 'en') bad(file, 'lang', '"zh" | "en"');
    cfg.lang = raw.lang;
  }
  if (raw.csvEncoding !== undefined) {
    if (typeof raw.csvEncoding !== 'string' || !setCsvEncoding(raw.csvEncoding)) bad(file, 'csvEncoding', 'utf-8 | gbk | gb18030 | utf-16le | utf-16be | windows-1252');
    setCsvEncoding(null);
    cfg.csvEncoding = raw.csvEncoding;
  }
  if (raw.timeZone !== undefined) {
    if (typeof raw.timeZone !== 'string') bad(file, 'timeZone', 'IANA zone, e.g. Asia/Shanghai');
    try {
      // A zone the wall-clock arithmetic knows needs no ICU start-up (~18 ms) to be valid.
      if (!isFixedOffsetZone(raw.timeZone)) new Intl.DateTimeFormat('en', { timeZone: raw.timeZone });
    } catch {
      bad(file, 'timeZone', 'IANA zone, e.g. Asia/Shanghai');
    }
    cfg.timeZone = raw.timeZone;
  }
  if (raw.closeOfBusiness !== undefined) {
    if (typeof raw.closeOfBusiness !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(raw.closeOfBusiness)) {
      bad(file, 'closeOfBusiness', 'HH:mm');
    }
    cfg.closeOfBusiness = raw.closeOfBusiness;
  }
  if (raw.advisors !== undefined) {
    if (!Array.isArray(raw.advisors)) bad(file, 'advisors', 'list');
    cfg.advisors = raw.advisors.map((a, i): AdvisorConfig => {
      if (typeof a === 'string') return { name: a, aliases: [], active: true };
      if (!isRecord(a) || typeof a.name !== 'string') bad(file, `advisors[${i}].name`, 'text');
      const aliases = a.aliases ?? [];
      if (!Array.isArray(aliases) || aliases.some((x) => typeof x !== 'string')) bad(file, `advisors[${i}].aliases`, 'list of text');
      return { name: a.name, aliases: aliases as string[], active: a.active !== false };
    });
  }
  if (raw.calendar !== undefined) {
    if (!isRecord(raw.calendar)) bad(file, 'calendar', 'object');
    for (const key of ['holidays', 'workdays'] as const) {
      const list = raw.calendar[key];
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x))) {
        bad(file, `calendar.${key}`, 'list of YYYY-MM-DD');
      }
      // The config extends the shipped official calendar; `replace: true` drops the shipped one.
      cfg.calendar[key] = raw.calendar.replace === true ? [...(list as string[])] : [...new Set([...cfg.calendar[key], ...(list as string[])])];
    }
  }
  if (raw.effectiveOutcomes !== undefined) {
    if (!Array.isArray(raw.effectiveOutcomes)) bad(file, 'effectiveOutcomes', 'list');
    cfg.effectiveOutcomes = raw.effectiveOutcomes as Config['effectiveOutcomes'];
  }
  if (raw.callbackSample !== undefined) {
    if (typeof raw.callbackSample !== 'number' || raw.callbackSample < 0) bad(file, 'callbackSample', 'number');
    cfg.callbackSample = raw.callbackSample;
  }
  if (raw.swap !== undefined) {
    if (!isRecord(raw.swap) || (raw.swap.reading !== 'release-third' && raw.swap.reading !== 'keep-30')) {
      bad(file, 'swap.reading', '"release-third" | "keep-30"');
    }
    cfg.swap = { reading: raw.swap.reading };
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) bad(file, 'rules', 'object');
    for (const [id, over] of Object.entries(raw.rules)) {
      const base = cfg.rules[id];
      if (!base) bad(file, `rules.${id}`, `one of: ${Object.keys(cfg.rules).join(', ')}`);
      if (!isRecord(over)) bad(file, `rules.${id}`, 'object');
      for (const [k, v] of Object.entries(over)) {
        if (k === 'section') continue; // written by init for the reader; not a parameter
        if (!(k in base)) bad(file, `rules.${id}.${k}`, `one of: ${Object.keys(base).join(', ')}`);
        if (typeof v !== typeof base[k] && !(Array.isArray(v) && Array.isArray(base[k]))) bad(file, `rules.${id}.${k}`, typeof base[k]);
        base[k] = v as never;
      }
    }
  }
  return cfg;
}

/** The config in force: the workspace's file when there is one, else the defaults. */
export function resolveConfig(workspace: string | null): Config {
  if (!workspace) return defaultConfig();
  return loadConfigFile(join(workspace, CONFIG_FILE));
}
