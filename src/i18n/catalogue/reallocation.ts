/** Messages of the reallocation area. */
import type { Message } from '../index.js';

export const reallocation: Record<string, Message> = {};
