/**
 * The lead-reallocation workbook (名单重新分配, spec/commands.md "Workbooks"): summary per
 * advisor, every card transfer, the new-lead plan, the walk-in rotation, the updated roster as a
 * 客户管理表 that `import` takes as the new roster, and About. Phones are written in full here:
 * it is the one workbook advisors call from.
 */
import { columnLetter } from '../../xlsx-write/xml.js';
import type { ReportCell, Workbook } from '../../xlsx-write/types.js';
import type { Lang } from '../../config/types.js';
import { FORM_DEFS } from '../../forms/index.js';
import type { FieldDef } from '../../forms/types.js';
import { t, type KeysUnder, type MessageKey } from '../../i18n/index.js';
import { ruleName } from '../../i18n/rule-names.js';
import type { CustomerRecord, Origin } from '../../model/records.js';
import {
  FONT_NAME,
  addAboutSheet,
  addSheet,
  newWorkbook,
  saveWorkbook,
  setDateCell,
  setNumberCell,
  setStatusCell,
  setTextCell,
  writeTable,
  type AboutInfo,
} from '../../workbook/workbook-style.js';
import type { ReallocationModel } from './model.js';

/** What the About sheet needs besides the model. */
export interface ReallocationAbout {
  center: string;
  asOf: string;
  version: string;
  files: AboutInfo['files'];
  hold: readonly string[];
  inputs: { cards: number; calls: number; leads: number; complaints: number; callbacks: number };
}

const origin = (o: Origin) => [o.file, o.sheet, String(o.row)].filter((x) => x !== null && x !== '').join(' / ');

/** The period as shown: the week's dates and/or the month. */
export function periodLabel(model: ReallocationModel): string {
  const parts: string[] = [];
  if (model.month) parts.push(model.month);
  if (model.week) parts.push(`${model.week.start} ~ ${model.week.end}`);
  return parts.join(' ; ');
}

/** A cell of a form's record as that form reads it back: enums as words, dates as dates, text as text. */
function setFormCell(cell: ReportCell, field: FieldDef, record: object, lang: Lang): void {
  const value = (record as Record<string, unknown>)[field.key];
  if (value === null || value === undefined) return;
  if (field.type === 'date') return setDateCell(cell, String(value));
  if (field.type === 'enum' && field.values) {
    const v = field.values.find((e) => e.value === value);
    return setTextCell(cell, v ? v[lang] : String(value));
  }
  setTextCell(cell, String(value));
}

/** Builds the workbook (not yet saved). */
export async function buildReallocationWorkbook(model: ReallocationModel, about: ReallocationAbout, lang: Lang): Promise<Workbook> {
  const wb = newWorkbook();
  const taken = new Set<string>();
  const L = (key: MessageKey, params: Record<string, unknown> = {}) => t(key, params, lang);

  // Summary: one row per advisor.
  const summary = addSheet(wb, L('realloc.sheet.summary'), taken);
  const headers: KeysUnder<'realloc.col.'>[] = ['advisor', 'active', 'cards-held', 'prospects', 'cards-out', 'cards-in', 'cards-after'];
  if (model.week) headers.push('second-zero', 'visits-total', 'new-leads', 'why');
  writeTable(summary, headers.map((h) => L(`realloc.col.${h}`)), model.advisors, (row, a) => {
    setTextCell(row.getCell(1), a.advisor);
    setTextCell(row.getCell(2), L(a.active ? 'realloc.word.yes' : 'realloc.word.no'));
    [a.cardsHeld, a.prospects, a.cardsOut, a.cardsIn, a.cardsAfter].forEach((n, i) => setNumberCell(row.getCell(3 + i), n));
    if (!model.week) return;
    if (a.secondZero) setStatusCell(row.getCell(8), a.secondZero, lang);
    if (a.visitsTotal) setStatusCell(row.getCell(9), a.visitsTotal, lang);
    if (a.leadBasis) {
      setNumberCell(row.getCell(10), a.newLeads);
      // Centred, so the count never runs into the note beside it ("8本周到访不足").
      row.getCell(10).alignment = { horizontal: 'center' };
      setTextCell(row.getCell(11), L(`realloc.lead.${a.leadBasis}`));
    }
  });

  // The center's total under the advisors (outside the filter range, so filtering keeps it apart).
  const total = summary.getRow(model.advisors.length + 2);
  setTextCell(total.getCell(1), L('realloc.word.total'));
  const sums = (pick: (a: (typeof model.advisors)[number]) => number) => model.advisors.reduce((n, a) => n + pick(a), 0);
  [sums((a) => a.cardsHeld), sums((a) => a.prospects), sums((a) => a.cardsOut), sums((a) => a.cardsIn), sums((a) => a.cardsAfter)].forEach((n, i) =>
    setNumberCell(total.getCell(3 + i), n),
  );
  if (model.week) setNumberCell(total.getCell(10), sums((a) => a.newLeads));
  total.eachCell((cell) => (cell.font = { name: FONT_NAME, size: 11, bold: true }));
  total.getCell(1).border = { top: { style: 'thin' } };

  // Every card transfer, phone in full (advisors must call).
  const transfers = addSheet(wb, L('realloc.sheet.transfers'), taken);
  writeTable(
    transfers,
    [...(['no', 'customer-id', 'customer', 'phone', 'from', 'to', 'rule', 'section', 'reason', 'last-follow-up', 'origin'] as const).map((h) => L(`realloc.col.${h}`)), L('rule-id.col')],
    model.transfers,
    (row, tr) => {
      setNumberCell(row.getCell(1), row.number - 1, '0');
      setTextCell(row.getCell(2), tr.customerId);
      setTextCell(row.getCell(3), tr.customer);
      setTextCell(row.getCell(4), tr.phone);
      setTextCell(row.getCell(5), tr.from);
      setTextCell(row.getCell(6), tr.to);
      setTextCell(row.getCell(7), ruleName(tr.rule, lang));
      setTextCell(row.getCell(12), tr.rule);
      setTextCell(row.getCell(8), tr.section ? `§${tr.section}` : '-');
      setTextCell(row.getCell(9), L(`realloc.basis.${tr.basis}`));
      setDateCell(row.getCell(10), tr.lastFollowUp);
      setTextCell(row.getCell(11), origin(tr.origin));
    },
  );

  if (model.week) {
    // The leads form's own columns (附表6) with the advisor filled in, so the sheet can replace
    // the rows of the leads sheet; number and origin around them are ignored on reading.
    const leadsForm = FORM_DEFS.leads;
    const leads = addSheet(wb, L('realloc.sheet.new-leads'), taken);
    const n = leadsForm.fields.length;
    writeTable(
      leads,
      [L('realloc.col.no'), ...leadsForm.fields.map((f) => f[lang]), L('realloc.col.origin')],
      model.newLeads,
      (row, lead) => {
        setNumberCell(row.getCell(1), row.number - 1, '0');
        leadsForm.fields.forEach((f, i) => setFormCell(row.getCell(i + 2), f, { ...lead.lead, advisor: lead.to }, lang));
        setTextCell(row.getCell(n + 2), origin(lead.origin));
      },
    );

    const rotation = addSheet(wb, L('realloc.sheet.rotation'), taken);
    writeTable(rotation, (['turn', 'advisor', 'note'] as const).map((h) => L(`realloc.col.${h}`)), model.rotation, (row, turn) => {
      setNumberCell(row.getCell(1), row.number - 1, '0');
      setTextCell(row.getCell(2), turn.advisor);
      if (turn.skips === 1) setTextCell(row.getCell(3), L('realloc.rotation.skip', { date: turn.skippedFor }));
      else if (turn.skips > 1) setTextCell(row.getCell(3), L('staff.rotation.skips', { count: turn.skips, dates: turn.complaintDates.join(', ') }));
    });
  }

  // The updated roster, exactly the customers form's headers, so `import` takes it as the new 客户管理表.
  const form = FORM_DEFS.customers;
  const roster = addSheet(wb, form[lang], taken);
  writeTable(roster, form.fields.map((f) => f[lang]), model.roster, (row, card) => {
    form.fields.forEach((f, i) => setFormCell(row.getCell(i + 1), f, card, lang));
  });
  // The full roster (thousands of cards) is for import, not for paper: printing the workbook
  // prints the moves, and of this sheet only its header.
  roster.pageSetup.printArea = `A1:${columnLetter(form.fields.length)}1`;

  addAboutSheet(
    wb,
    {
      center: about.center,
      period: periodLabel(model),
      asOf: about.asOf,
      version: about.version,
      seed: model.seed,
      config: model.params,
      files: about.files,
      extra: [
        ...(model.month ? ([[L('realloc.about.reading'), L(`realloc.about.reading.${model.reading}`)]] as [string, string][]) : []),
        [L('realloc.about.hold'), about.hold.join(', ')],
        [L('realloc.about.unplaced'), model.unplaced],
        ...(model.week ? ([[L('staff.about.leads-unassigned'), model.newLeads.filter((l) => l.to === null).length]] as [string, number][]) : []),
        [L('realloc.about.inputs'), L('realloc.about.inputs.value', about.inputs)],
        [L('realloc.about.phones.label'), L('realloc.about.phones')],
      ],
    },
    taken,
    lang,
  );
  return wb;
}

/** Builds and saves the workbook atomically (refusing an existing file without force). */
export async function writeReallocationWorkbook(
  model: ReallocationModel,
  about: ReallocationAbout,
  lang: Lang,
  path: string,
  force: boolean | undefined,
): Promise<void> {
  const wb = await buildReallocationWorkbook(model, about, lang);
  await saveWorkbook(wb, path, force);
}
