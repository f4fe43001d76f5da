/**
 * What a config value may be beyond its JSON type, and the keys the config knows. A value
 * outside sense is refused naming its key (a negative or non-finite quota, a share outside 0-1,
 * a callback sample above SANE_CALLBACK_SAMPLE, a choice word that is not one of the choices, a
 * name like `__proto__`); a key the config does not know is a warning naming the closest known
 * key, and the rest of the config applies. Unknown rule ids and rule parameters stay refused
 * (with the closest one named): a figure the supervisor meant to change but that is not applied
 * would silently change every verdict.
 */
import { ClubError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { CALL_OUTCOMES } from '../model/call-store.js';
import { RULE_DEFAULTS } from './defaults.js';

/** A key of the config file that the tool does not know (a warning, not a refusal). */
export interface ConfigWarning {
  /** Where, as a path (`advisors[1].alias`). */
  key: string;
  /** The closest known key at that place, or null when none is close. */
  closest: string | null;
}

/** More callbacks than this per advisor and week is no sample (each is a phone call by hand). */
export const SANE_CALLBACK_SAMPLE = 50;

const LEAVE_TYPES = ['sick', 'personal', 'annual', 'other'];

/** The keys known at each place of the file (`*` for an advisor object). */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': ['$schema', 'center', 'lang', 'timeZone', 'closeOfBusiness', 'advisors', 'calendar', 'effectiveOutcomes', 'callbackSample', 'swap', 'rules'],
  advisor: ['name', 'aliases', 'active', 'from', 'until'],
  calendar: ['holidays', 'workdays', 'replace'],
  swap: ['reading'],
};

/** Words that would reach into an object's prototype where a name or a choice is used as a key. */
const NOT_WORDS = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'toString', 'valueOf']);

/** Rule parameters that are shares (0 to 1); any other number is a count, days or an amount (>= 0). */
const SHARES: Record<string, readonly string[]> = {
  'calls.new-old-ratio': ['newShare', 'tolerance'],
  'invites.second-zero': ['cardShare'],
  'visits.total': ['leadShareKept'],
  'contracts.type-mix': ['new', 'referral', 'renewal', 'tolerance'],
  'contracts.course-mix': ['one_year', 'multi_year', 'installment', 'tolerance'],
  'contracts.sign-rate': ['target'],
  'renewals.share': ['target', 'tolerance'],
  'data.completeness': ['target'],
};

/** The choices of each list-of-words rule parameter. */
const CHOICES: Record<string, readonly string[]> = {
  'calls.weekly.excusedLeave': LEAVE_TYPES,
};

/** Edit distance (insertions, deletions, substitutions; case-insensitive). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** The known word closest to `word`, when it is close enough to be a slip (at most a third of it changed). */
export function closestWord(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.ceil(best.length / 3)) ? best : null;
}

/** The unknown keys of `obj` at `place` (see KNOWN_KEYS), each with the closest known key. */
export function unknownKeys(obj: Record<string, unknown>, place: keyof typeof KNOWN_KEYS, path: string): ConfigWarning[] {
  const known = KNOWN_KEYS[place]!;
  return Object.keys(obj)
    .filter((k) => !known.includes(k))
    .map((k) => ({ key: path ? `${path}.${k}` : k, closest: closestWord(k, known) }));
}

function refuse(file: string, field: string, expectedKey: MessageKey, params: Record<string, unknown> = {}): never {
  throw new ClubError('error.bad-config', { file, field, expected: t(expectedKey, params) });
}

/** Refuses a rule id the config does not know, naming the closest. */
export function refuseUnknownRule(file: string, id: string): never {
  const closest = closestWord(id, Object.keys(RULE_DEFAULTS));
  const list = Object.keys(RULE_DEFAULTS).join(', ');
  throw new ClubError('error.bad-config', {
    file,
    field: `rules.${id}`,
    expected: closest ? t('config.expect.did-you-mean', { closest }) : t('config.expect.one-of', { list }),
  });
}

/** Refuses a parameter a rule does not have, naming the closest. */
export function refuseUnknownParam(file: string, id: string, key: string, known: readonly string[]): never {
  const closest = closestWord(key, known);
  throw new ClubError('error.bad-config', {
    file,
    field: `rules.${id}.${key}`,
    expected: closest ? t('config.expect.did-you-mean', { closest: `rules.${id}.${closest}` }) : t('config.expect.one-of', { list: known.join(', ') }),
  });
}

/** Refuses a rule parameter's value outside sense (its JSON type is already the default's). */
export function checkRuleValue(file: string, id: string, key: string, value: unknown): void {
  const field = `rules.${id}.${key}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(file, field, 'config.expect.finite');
    if (SHARES[id]?.includes(key)) {
      if (value < 0 || value > 1) refuse(file, field, 'config.expect.share');
    } else if (value < 0) refuse(file, field, 'config.expect.not-negative');
    if (id === 'renewals.plan-due' && key === 'dueDayOfMonth' && (!Number.isInteger(value) || value < 1 || value > 28)) {
      refuse(file, field, 'config.expect.day-of-month');
    }
  }
  if (Array.isArray(value)) {
    const choices = CHOICES[`${id}.${key}`];
    const bad = value.find((v) => typeof v !== 'string' || (choices ? !choices.includes(v) : !isWord(v)));
    if (bad !== undefined) refuse(file, field, 'config.expect.choices', { list: (choices ?? []).join(', ') || '-' });
  }
}

/** Refuses effectiveOutcomes that are not call outcomes. */
export function checkOutcomes(file: string, value: unknown[]): void {
  if (value.length === 0 || value.some((v) => typeof v !== 'string' || !CALL_OUTCOMES.includes(v as never))) {
    refuse(file, 'effectiveOutcomes', 'config.expect.choices', { list: CALL_OUTCOMES.join(', ') });
  }
}

/** Refuses a callback sample that is not a whole number from 0 to SANE_CALLBACK_SAMPLE. */
export function checkCallbackSample(file: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SANE_CALLBACK_SAMPLE) {
    refuse(file, 'callbackSample', 'config.expect.callback-sample', { max: SANE_CALLBACK_SAMPLE });
  }
}

/** Whether a name or choice is a word that can safely be a key (not empty, not `__proto__` and the like). */
export function isWord(v: string): boolean {
  return v.trim() !== '' && !NOT_WORDS.has(v.trim());
}

/** Refuses an advisor name or alias that is no name. */
export function checkName(file: string, field: string, value: string): void {
  if (!isWord(value)) refuse(file, field, 'config.expect.name');
}
