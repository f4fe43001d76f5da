import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhones } from '../../src/privacy/mask.js';
import { sample, seedFromText, seededRandom, shuffled } from '../../src/random/seeded.js';

describe('phone masking', () => {
  it('masks mainland mobiles as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('张三')).toBe('张三');
  });
  it('masks every mobile inside a text and leaves other numbers', () => {
    expect(maskPhones('第12行 联系电话 13812345678 与 +8613900001111 重复，金额 1280')).toBe(
      '第12行 联系电话 138****5678 与 139****1111 重复，金额 1280',
    );
  });
});

describe('seeded random', () => {
  it('is reproducible from the seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    const c = seededRandom(43);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('derives stable seeds from text', () => {
    expect(seedFromText('2026-11-18')).toBe(seedFromText('2026-11-18'));
    expect(seedFromText('2026-11-18')).not.toBe(seedFromText('2026-11-25'));
  });
  it('shuffles without losing items and samples without replacement', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const s = shuffled(items, seededRandom(1));
    expect([...s].sort((x, y) => x - y)).toEqual(items);
    expect(s).not.toEqual(items);
    const picked = sample(items, 5, seededRandom(2));
    expect(new Set(picked).size).toBe(5);
    expect(sample(items.slice(0, 3), 5, seededRandom(2))).toHaveLength(3);
  });
});
