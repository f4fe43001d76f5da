/** Messages of the director area. */
import type { Message } from '../index.js';

export const director: Record<string, Message> = {};
