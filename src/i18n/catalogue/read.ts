/** Messages of the read area. */
import type { Message } from '../index.js';

export const read: Record<string, Message> = {};
