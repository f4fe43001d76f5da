/** A status's colour on the terminal (the symbol and word beside it say it without colour). */
import chalk from './chalk.js';
import type { Status } from '../model/results.js';

/** Paints text in the colour of a status. */
export const PAINT: Record<Status, (s: string) => string> = {
  met: chalk.green,
  missed: chalk.red,
  pending: chalk.yellow,
  excused: chalk.gray,
};
