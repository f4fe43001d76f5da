/**
 * The progress line of long reads (issue "Performance and scale"): files done, rows read and
 * rows per second, redrawn in place on stderr at most a few times a second. Shown only when
 * stderr is a terminal and the output is not --json: piped or captured stderr stays clean.
 */
import { t } from '../i18n/index.js';
import type { LoadProgressState } from '../dataset/load.js';

/** The stream the line goes to (process.stderr, or a test double). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressDisplay {
  /** Called with the loader's state; draws when enough time has passed. */
  update(state: LoadProgressState): void;
  /** Clears the line (call once loading is over). */
  done(): void;
}

const SILENT: ProgressDisplay = { update() {}, done() {} };

/** Redraws at most this often. */
const INTERVAL_MS = 200;
/** Nothing is drawn for a read shorter than this: a center's week needs no progress line. */
const DELAY_MS = 500;

/** A progress display, or a silent one when `stream` is not a terminal or `json` is set. */
export function createProgress(options: { stream?: ProgressStream; json?: boolean; now?: () => number } = {}): ProgressDisplay {
  const stream = options.stream ?? process.stderr;
  if (options.json || stream.isTTY !== true) return SILENT;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(state) {
      const at = now();
      if (at - started < DELAY_MS || at - last < INTERVAL_MS) return;
      last = at;
      const seconds = Math.max((at - started) / 1000, 0.001);
      const line = t('progress.line', {
        done: state.filesDone,
        files: state.files,
        rows: state.rows.toLocaleString('en'),
        rate: Math.round(state.rows / seconds).toLocaleString('en'),
      });
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
