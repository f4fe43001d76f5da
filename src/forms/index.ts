/**
 * Every form of spec/forms.md, in one sorted map from id to definition. Sheet names that select
 * a form: its `zh` name, its `en` name and its `sheetNames` (附表N where forms.md gives one).
 */
import type { FormId } from '../model/records.js';
import { CALLBACKS_FORM } from './callbacks.js';
import { CALLS_FORM } from './calls.js';
import { COMPLAINTS_FORM } from './complaints.js';
import { CONTRACTS_FORM } from './contracts.js';
import { CUSTOMERS_FORM } from './customers.js';
import { INVITES_FORM } from './invites.js';
import { LEADS_FORM } from './leads.js';
import { LEAVE_FORM } from './leave.js';
import { RENEWALS_FORM } from './renewals.js';
import { TALKS_FORM } from './talks.js';
import { TARGETS_FORM } from './targets.js';
import type { FieldDef, FormDefs, SomeFormDef } from './types.js';

/** The definition of every form, by id (sorted by id); each checked against its id's record type. */
export const FORM_DEFS: Record<FormId, SomeFormDef> = {
  callbacks: CALLBACKS_FORM,
  calls: CALLS_FORM,
  complaints: COMPLAINTS_FORM,
  contracts: CONTRACTS_FORM,
  customers: CUSTOMERS_FORM,
  invites: INVITES_FORM,
  leads: LEADS_FORM,
  leave: LEAVE_FORM,
  renewals: RENEWALS_FORM,
  talks: TALKS_FORM,
  targets: TARGETS_FORM,
} satisfies FormDefs;

/** A field of a form by its key. */
export function fieldOf(form: FormId, key: string): FieldDef | undefined {
  return FORM_DEFS[form].fields.find((f) => f.key === key);
}
