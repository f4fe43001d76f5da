/**
 * Finding the workspace and resolving the config: defaults < clubcrm.config.json < flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ClubError } from '../errors.js';
import { setCsvEncoding } from '../read/csv.js';
import { t } from '../i18n/index.js';
import {
  CALLBACK_SAMPLE_PER_ADVISOR,
  DEFAULT_CENTER,
  DEFAULT_LANG,
  DEFAULT_TIME_ZONE,
  EFFECTIVE_OUTCOMES,
  SWAP_DEFAULTS,
  WEEK_DEFAULTS,
} from './defaults.js';
import type { AdvisorConfig, Config, Lang } from './types.js';
import { defaultValues, type RuleSpec } from './rule-params.js';
import { CN_CALENDAR } from './cn-calendar.js';
import { findJsonMistake, type ConfigDecoder } from './json-text.js';
import {
  checkCallbackSample,
  checkName,
  checkOutcomes,
  checkRuleValue,
  refuseUnknownParam,
  refuseUnknownRule,
  unknownKeys,
  type ConfigWarning,
} from './sanity.js';
import { isFixedOffsetZone } from './time-zones.js';

/** A real calendar date written YYYY-MM-DD (config sits below calendar/, so it checks with Date). */
function isLocalDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

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

/**
 * The config with every default, as `init` writes it. `rules` is the rule registry (rules/index.ts
 * RULE_SPECS, handed in by the layer that knows the rules): every rule gets its default parameters.
 */
export function defaultConfig(rules: readonly RuleSpec[]): Config {
  const params: Config['rules'] = {};
  for (const spec of rules) params[spec.id] = defaultValues(spec.params);
  return {
    center: DEFAULT_CENTER,
    lang: DEFAULT_LANG as Lang,
    timeZone: DEFAULT_TIME_ZONE,
    closeOfBusiness: WEEK_DEFAULTS.closeOfBusiness,
    advisors: [],
    calendar: { holidays: [...CN_CALENDAR.holidays], workdays: [...CN_CALENDAR.workdays] },
    effectiveOutcomes: [...EFFECTIVE_OUTCOMES],
    rules: params,
    callbackSample: CALLBACK_SAMPLE_PER_ADVISOR,
    swap: { reading: SWAP_DEFAULTS.reading },
    source: null,
    warnings: [],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(file: string, field: string, expected: string): never {
  throw new ClubError('error.bad-config', { file, field, expected });
}

/** An advisor's `from` / `until` (`YYYY-MM-DD`, both optional, from not after until). */
function advisorDates(file: string, i: number, a: Record<string, unknown>): { from?: string; until?: string } {
  const out: { from?: string; until?: string } = {};
  for (const key of ['from', 'until'] as const) {
    const v = a[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !isLocalDate(v)) {
      bad(file, `advisors[${i}].${key}`, 'YYYY-MM-DD');
    }
    out[key] = v;
  }
  if (out.from && out.until && out.from > out.until) bad(file, `advisors[${i}].until`, `YYYY-MM-DD, not before ${out.from}`);
  return out;
}

/**
 * The config file's JSON: decoded as a CSV is (GBK, UTF-8 with or without BOM, UTF-16), a
 * mistake named by line and column with a hint at its usual cause.
 */
function readConfigJson(file: string, decode: ConfigDecoder): unknown {
  let text: string;
  try {
    text = decode(readFileSync(file), file);
  } catch (err) {
    const reason = err instanceof ClubError ? t('config.not-text') : (err as Error).message;
    throw new ClubError('error.config-unreadable', { file, reason }, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const m = findJsonMistake(text);
    if (!m) throw new ClubError('error.config-unreadable', { file, reason: (err as Error).message }, { cause: err });
    throw new ClubError(
      'config.json-mistake',
      {
        file,
        line: m.line,
        column: m.column,
        found: m.found === null ? t('config.json-end') : t('config.json-found', { found: m.found }),
        hint: m.hint ? t(`config.json-hint.${m.hint}`) : t('config.json-hint.none'),
      },
      { hint: null, cause: err },
    );
  }
}

/** A time zone of the config: an IANA zone the platform knows. */
function checkedTimeZone(file: string, zone: unknown): string {
  if (typeof zone !== 'string') bad(file, 'timeZone', 'IANA zone, e.g. Asia/Shanghai');
  try {
    // A zone the wall-clock arithmetic knows needs no ICU start-up (~18 ms) to be valid.
    if (!isFixedOffsetZone(zone)) new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    bad(file, 'timeZone', 'IANA zone, e.g. Asia/Shanghai');
  }
  return zone;
}

/** The time zone a workspace's config sets, else the default (the lock's message needs no more). */
export function configTimeZone(workspace: string, decode: ConfigDecoder): string {
  const file = join(workspace, CONFIG_FILE);
  const raw = readConfigJson(file, decode);
  if (!isRecord(raw)) bad(file, '(top)', 'object');
  return raw.timeZone === undefined ? DEFAULT_TIME_ZONE : checkedTimeZone(file, raw.timeZone);
}

/**
 * Reads and validates a config file over the defaults; `decode` turns its bytes into text (the
 * CSV reader's encoding detection, commands/context.ts decodeConfigText); `rules` is the rule
 * registry the `rules` section is checked against (each parameter by its kind).
 */
export function loadConfigFile(file: string, decode: ConfigDecoder, rules: readonly RuleSpec[]): Config {
  const raw = readConfigJson(file, decode);
  if (!isRecord(raw)) bad(file, '(top)', 'object');
  const cfg = defaultConfig(rules);
  cfg.source = file;
  const warnings: ConfigWarning[] = unknownKeys(raw, '', '');
  cfg.warnings = warnings;
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
  if (raw.timeZone !== undefined) cfg.timeZone = checkedTimeZone(file, raw.timeZone);
  if (raw.closeOfBusiness !== undefined) {
    if (typeof raw.closeOfBusiness !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(raw.closeOfBusiness)) {
      bad(file, 'closeOfBusiness', 'HH:mm');
    }
    cfg.closeOfBusiness = raw.closeOfBusiness;
  }
  if (raw.advisors !== undefined) {
    if (!Array.isArray(raw.advisors)) bad(file, 'advisors', 'list');
    cfg.advisors = raw.advisors.map((a, i): AdvisorConfig => {
      if (typeof a === 'string') {
        checkName(file, `advisors[${i}]`, a);
        return { name: a, aliases: [], active: true };
      }
      if (!isRecord(a) || typeof a.name !== 'string') bad(file, `advisors[${i}].name`, 'text');
      checkName(file, `advisors[${i}].name`, a.name);
      warnings.push(...unknownKeys(a, 'advisor', `advisors[${i}]`));
      const aliases = a.aliases ?? [];
      if (!Array.isArray(aliases) || aliases.some((x) => typeof x !== 'string')) bad(file, `advisors[${i}].aliases`, 'list of text');
      (aliases as string[]).forEach((x, k) => checkName(file, `advisors[${i}].aliases[${k}]`, x));
      const dates = advisorDates(file, i, a);
      return { name: a.name, aliases: aliases as string[], active: a.active !== false, ...dates };
    });
  }
  if (raw.calendar !== undefined) {
    if (!isRecord(raw.calendar)) bad(file, 'calendar', 'object');
    warnings.push(...unknownKeys(raw.calendar, 'calendar', 'calendar'));
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
    checkOutcomes(file, raw.effectiveOutcomes);
    cfg.effectiveOutcomes = raw.effectiveOutcomes as Config['effectiveOutcomes'];
  }
  if (raw.callbackSample !== undefined) {
    checkCallbackSample(file, raw.callbackSample);
    cfg.callbackSample = raw.callbackSample;
  }
  if (raw.swap !== undefined) {
    if (isRecord(raw.swap)) warnings.push(...unknownKeys(raw.swap, 'swap', 'swap'));
    if (!isRecord(raw.swap) || (raw.swap.reading !== 'release-third' && raw.swap.reading !== 'keep-30')) {
      bad(file, 'swap.reading', '"release-third" | "keep-30"');
    }
    cfg.swap = { reading: raw.swap.reading };
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) bad(file, 'rules', 'object');
    for (const [id, over] of Object.entries(raw.rules)) {
      // Own keys only: `__proto__` or `toString` must not reach Object.prototype.
      const base = Object.hasOwn(cfg.rules, id) ? cfg.rules[id] : undefined;
      const spec = rules.find((s) => s.id === id);
      if (!base || !spec) refuseUnknownRule(file, id, rules.map((s) => s.id));
      if (!isRecord(over)) bad(file, `rules.${id}`, 'object');
      for (const [k, v] of Object.entries(over)) {
        if (k === 'section') continue; // written by init for the reader; not a parameter
        if (!Object.hasOwn(base, k)) refuseUnknownParam(file, id, k, Object.keys(base));
        if (typeof v !== typeof base[k] && !(Array.isArray(v) && Array.isArray(base[k]))) bad(file, `rules.${id}.${k}`, typeof base[k]);
        checkRuleValue(file, `rules.${id}.${k}`, spec.params[k]!, v);
        base[k] = v as never;
      }
    }
  }
  return cfg;
}

/** The config in force: the workspace's file when there is one, else the defaults. */
export function resolveConfig(workspace: string | null, decode: ConfigDecoder, rules: readonly RuleSpec[]): Config {
  if (!workspace) return defaultConfig(rules);
  return loadConfigFile(join(workspace, CONFIG_FILE), decode, rules);
}
