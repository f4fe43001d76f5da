import { describe, expect, it } from 'vitest';
import { DETAIL_COLUMNS, columnGroups } from '../../../src/reports/weekly/table.js';

describe('columnGroups', () => {
  it('makes one group of each run of consecutive columns with the same group; a column without a group stands alone', () => {
    const cols = [{ group: null }, { group: 'a' }, { group: 'a' }, { group: null }, { group: null }, { group: 'b' }, { group: 'a' }];
    expect(columnGroups(cols)).toEqual([
      { group: null, first: 1, span: 1 },
      { group: 'a', first: 2, span: 2 },
      { group: null, first: 4, span: 1 },
      { group: null, first: 5, span: 1 },
      { group: 'b', first: 6, span: 1 },
      { group: 'a', first: 7, span: 1 },
    ]);
    expect(columnGroups([])).toEqual([]);
  });

  it('covers every column of the weekly summary exactly once, in order', () => {
    const groups = columnGroups(DETAIL_COLUMNS);
    expect(groups.reduce((n, g) => n + g.span, 0)).toBe(DETAIL_COLUMNS.length);
    groups.forEach((g, i) => expect(g.first).toBe(i === 0 ? 1 : groups[i - 1]!.first + groups[i - 1]!.span));
    expect(groups.filter((g) => g.group === 'weekly.group.consequences')).toHaveLength(1);
  });
});
