/** Messages of the rules area. */
import type { Message } from '../index.js';

export const rules: Record<string, Message> = {};
