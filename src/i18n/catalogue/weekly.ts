/** Messages of the weekly area. */
import type { Message } from '../index.js';

export const weekly: Record<string, Message> = {};
