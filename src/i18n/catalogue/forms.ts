/** Messages of the forms area. */
import type { Message } from '../index.js';

export const forms: Record<string, Message> = {};
