/**
 * The shared flags, defined once: they mean the same in every verb that takes them
 * (spec/commands.md). Each verb picks the ones it takes by name.
 */
import { Option } from 'commander';
import type { Lang } from './config/types.js';
import type { MessageKey } from './i18n/index.js';

/** The parsed options every verb receives (only those it declared are set). */
export interface CommonOptions {
  dir?: string;
  data?: string[];
  week?: string;
  month?: string;
  asOf?: string;
  lang?: Lang;
  json?: boolean;
  out?: string;
  force?: boolean;
  seed?: string;
  hold?: string[];
  /** `init --advisors "张伟,李娜"`. */
  advisors?: string;
  annotate?: boolean;
  all?: boolean;
  advisor?: string;
  messages?: boolean;
  encoding?: string;
  /** false with --no-image: no PNG of the first page. */
  image?: boolean;
}

/** A flag's description in the current language, by its catalogue key. */
export type Describe = (key: MessageKey) => string;

/** Builds the commander Option of a shared flag, with its description in the current language. */
export const SHARED_OPTIONS = {
  dir: (d: Describe) => new Option('--dir <folder>', d('opt.dir')),
  data: (d: Describe) => new Option('--data <path...>', d('opt.data')),
  week: (d: Describe) => new Option('--week <date>', d('opt.week')),
  month: (d: Describe) => new Option('--month <YYYY-MM>', d('opt.month')),
  asOf: (d: Describe) => new Option('--as-of <time>', d('opt.as-of')),
  lang: (d: Describe) => new Option('--lang <lang>', d('opt.lang')).choices(['zh', 'en']),
  json: (d: Describe) => new Option('--json', d('opt.json')),
  out: (d: Describe) => new Option('--out <path>', d('opt.out')),
  force: (d: Describe) => new Option('--force', d('opt.force')),
  encoding: (d: Describe) => new Option('--encoding <label>', d('opt.encoding')),
  noImage: (d: Describe) => new Option('--no-image', d('opt.no-image')),
} as const;

export type SharedOptionName = keyof typeof SHARED_OPTIONS;

/** The flags of every verb that reads sheets. */
export const READING_OPTIONS: SharedOptionName[] = ['dir', 'data', 'asOf', 'lang', 'json', 'encoding'];
