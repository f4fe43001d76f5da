import { describe, expect, it } from 'vitest';
import { textCell, type OnePage, type PageBlock } from '../../src/reports/page.js';
import { pageColumnWidths } from '../../src/reports/page-sheet.js';

const page = (blocks: PageBlock[]): OnePage => ({ sheetName: 's', title: 't', subtitle: 'u', final: false, editionWord: '初版', blocks });
const table = (headers: string[], rows: string[][]): PageBlock => ({ kind: 'table', table: { headers, rows: rows.map((r) => r.map((x) => textCell(x))), totalRows: 0 } });

describe('pageColumnWidths', () => {
  it('is one column of the minimum width on a page without a table', () => {
    expect(pageColumnWidths(page([{ kind: 'line', text: 'a long sentence that wraps across the page', status: null }]))).toEqual([6]);
  });

  it("fits each column to the widest cell of the widest table, CJK counted double; a smaller table's long label does not widen it", () => {
    const widths = pageColumnWidths(
      page([
        table(['a much longer label than any'], [['x']]),
        // width: ceil(text width x 1.05) + 2; 顾问 = 4 -> 7, abcdefghij = 10 -> 13, 张伟 = 4 -> 7
        table(['顾问', 'n', 'abcdefghij'], [['张伟', '12', 'x']]),
      ]),
    );
    expect(widths).toEqual([7, 6, 13]);
  });
});
