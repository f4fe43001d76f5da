/** The portable CRC-32 (an older Node 20 without zlib.crc32) agrees with zlib's, also when continued. */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Portable } from '../../src/read/crc32.js';

describe('crc32', () => {
  it('matches zlib.crc32, whole and chunked', () => {
    const data = Buffer.from('顾问每日工作日程表 <row r="1"/>'.repeat(300));
    expect(crc32Portable(data)).toBe(zlibCrc32(data));
    expect(crc32Portable(data.subarray(7), crc32Portable(data.subarray(0, 7)))).toBe(zlibCrc32(data));
    expect(crc32Portable(Buffer.alloc(0))).toBe(0);
  });
});
