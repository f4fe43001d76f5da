/**
 * Readers of the small xlsx package parts: relationships, workbook (sheet order, date system),
 * styles (which cell styles are dates). All match elements by local name. Shared strings are
 * read by the byte scanner of xlsx-sheet.ts: `<si>` is the same rich-text type as a cell's `<is>`.
 */
import { XmlScanner } from './xml-scan.js';
import { builtInFormatKind, formatCodeKind } from './number-format.js';

/** One `<Relationship>` of a .rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Collects the relationships of a `.rels` part. */
export class RelsScanner extends XmlScanner {
  readonly rels: Relationship[] = [];
  protected open(s: string, name: string, a0: number, a1: number): void {
    if (name !== 'Relationship') return;
    const id = this.attr(s, a0, a1, 'Id') ?? '';
    const type = this.attr(s, a0, a1, 'Type') ?? '';
    const target = this.attr(s, a0, a1, 'Target') ?? '';
    const external = (this.attr(s, a0, a1, 'TargetMode') ?? '').toLowerCase() === 'external';
    this.rels.push({ id, type, target, external });
  }
  protected close(): void {}
  protected text(): void {}
}

/** A sheet as the workbook lists it, in tab order. */
export interface WorkbookSheet {
  name: string;
  relId: string;
  hidden: boolean;
}

/** Reads workbook.xml: the sheets in tab order (with their relationship ids) and the date system. */
export class WorkbookScanner extends XmlScanner {
  readonly sheets: WorkbookSheet[] = [];
  date1904 = false;
  protected open(s: string, name: string, a0: number, a1: number): void {
    if (name === 'sheet') {
      // The relationship id is `r:id` under whatever prefix binds the relationships namespace
      // (`ns:id` in calamine's sample); `sheetId` has another local name, so it cannot match.
      const state = this.attr(s, a0, a1, 'state');
      this.sheets.push({
        name: this.attr(s, a0, a1, 'name') ?? '',
        relId: this.attr(s, a0, a1, 'id') ?? '',
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    } else if (name === 'workbookPr') {
      // Only when present: Mac Excel also writes an extension <x15:workbookPr> without it.
      const v = this.attr(s, a0, a1, 'date1904');
      if (v !== null) this.date1904 = ['1', 'true'].includes(v.trim().toLowerCase());
    }
  }
  protected close(): void {}
  protected text(): void {}
}

/** Reads styles.xml into the kind (number/date/time) of every cell style index. */
export class StylesScanner extends XmlScanner {
  private readonly codes = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private inCellXfs = false;
  protected open(s: string, name: string, a0: number, a1: number, selfClosing: boolean): void {
    if (name === 'numFmt') {
      const id = Number(this.attr(s, a0, a1, 'numFmtId'));
      const code = this.attr(s, a0, a1, 'formatCode');
      if (Number.isInteger(id) && code !== null) this.codes.set(id, code);
    } else if (name === 'cellXfs') {
      this.inCellXfs = !selfClosing;
    } else if (name === 'xf' && this.inCellXfs) {
      const id = Number(this.attr(s, a0, a1, 'numFmtId') ?? '0');
      this.xfFormats.push(Number.isInteger(id) ? id : 0);
    }
  }
  protected close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }
  protected text(): void {}

  /** FormatKind per cell style index (`s=` of a cell). */
  kinds(): Uint8Array {
    const out = new Uint8Array(this.xfFormats.length);
    this.xfFormats.forEach((id, i) => {
      const code = this.codes.get(id);
      out[i] = code !== undefined ? formatCodeKind(code) : builtInFormatKind(id);
    });
    return out;
  }
}
