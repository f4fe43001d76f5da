/**
 * How soon V8 optimises a function, for a command's size. A center's week (~15,000 rows over ~50
 * files, every form, every rule, a workbook) runs hundreds of functions a little each: at V8's
 * default interrupt budget its optimising compiler compiles most of them, on its own threads, and
 * that was ~40 % of the weekly report's CPU time (1.24 -> 0.74 s on a loaded machine, the main
 * thread's time unchanged) for code that was done with by the time it was compiled. So a command
 * starts with a budget 15x the default, and goes back to V8's default once it has read
 * LONG_RUN_ROWS rows: a head office's million calls wants its few hot loops optimised at once.
 *
 * Only the budget changes (an integer V8 reads whenever it resets a function's counter, so
 * setting it at run time takes effect); nothing is changed on a V8 whose default is not known here.
 */
import { setFlagsFromString } from 'node:v8';

/** `--interrupt-budget`'s default by V8 version (major.minor), as `node --v8-options` prints it. */
export const DEFAULT_INTERRUPT_BUDGET: Readonly<Record<string, number>> = { '11.3': 67584 };

/** A short command's budget: 15x Node 20's default. */
export const SHORT_RUN_BUDGET = 1_000_000;

/** Past this many rows read, a command is a long one (V8's default again). */
export const LONG_RUN_ROWS = 100_000;

let shortRun = false;

/** V8's default budget on this V8, or null when this module does not know it. */
export function v8DefaultBudget(v8Version: string = process.versions.v8): number | null {
  const majorMinor = /^(\d+\.\d+)\./.exec(v8Version)?.[1];
  return (majorMinor && DEFAULT_INTERRUPT_BUDGET[majorMinor]) || null;
}

/** At a command's start: optimise late (only on a V8 whose default is known, so it can be restored). */
export function tierForShortRun(): void {
  if (shortRun || v8DefaultBudget() === null) return;
  setFlagsFromString(`--interrupt-budget=${SHORT_RUN_BUDGET}`);
  shortRun = true;
}

/** A reader's `onRows` (rows since its last call) that counts them for tierForRows. */
export function countRowsForTiering(): (rows: number) => void {
  let total = 0;
  return (rows) => {
    total += rows;
    tierForRows(total);
  };
}

/** Told the rows read so far: past LONG_RUN_ROWS, V8's default budget again. */
export function tierForRows(rows: number): void {
  if (!shortRun || rows <= LONG_RUN_ROWS) return;
  setFlagsFromString(`--interrupt-budget=${v8DefaultBudget()}`);
  shortRun = false;
}
