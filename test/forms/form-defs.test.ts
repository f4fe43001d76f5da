import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../src/forms/header.js';
import { FORM_DEFS } from '../../src/forms/index.js';
import { FORM_IDS } from '../../src/model/records.js';

describe('form definitions', () => {
  it('has one definition per form id, sorted by id', () => {
    expect(Object.keys(FORM_DEFS)).toEqual([...FORM_IDS].sort());
    for (const id of FORM_IDS) expect(FORM_DEFS[id].id).toBe(id);
  });

  it('maps every header and alias of a form to one field only', () => {
    for (const form of Object.values(FORM_DEFS)) {
      const seen = new Map<string, string>();
      for (const f of form.fields) {
        for (const h of [f.zh, f.en, ...f.aliases]) {
          const key = normaliseHeader(h);
          expect(seen.get(key) ?? f.key, `${form.id}: ${h}`).toBe(f.key);
          seen.set(key, f.key);
        }
      }
    }
  });

  it('gives every enum and bool field its values, and marks essentials among the fields', () => {
    for (const form of Object.values(FORM_DEFS)) {
      for (const f of form.fields) {
        if (f.type === 'enum' || f.type === 'bool') expect(f.values?.length, `${form.id}.${f.key}`).toBeGreaterThan(1);
      }
      const keys = form.fields.map((f) => f.key);
      for (const e of form.essential ?? []) expect(keys, form.id).toContain(e);
      expect(form.fields.some((f) => f.required), form.id).toBe(true);
    }
  });

  it('has sheet names that select one form only', () => {
    const seen = new Map<string, string>();
    for (const form of Object.values(FORM_DEFS)) {
      for (const name of [form.zh, form.en, ...form.sheetNames]) {
        const key = normaliseHeader(name);
        expect(seen.get(key) ?? form.id, name).toBe(form.id);
        seen.set(key, form.id);
      }
    }
  });

  it('carries the 附表 numbers of forms.md', () => {
    expect(FORM_DEFS.calls.sheetNames).toContain('附表1');
    expect(FORM_DEFS.invites.sheetNames).toContain('附表3');
    expect(FORM_DEFS.renewals.sheetNames).toContain('附表5');
    expect(FORM_DEFS.leads.sheetNames).toContain('附表6');
  });
});
