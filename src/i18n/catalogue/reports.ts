/** Messages of the reports area. */
import type { Message } from '../index.js';

export const reports: Record<string, Message> = {};
