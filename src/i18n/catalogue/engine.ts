/** Messages of the engine area. */
import type { Message } from '../index.js';

export const engine: Record<string, Message> = {};
