/**
 * Personal data: parents' phone numbers are never shown in full in a message, a log or the
 * director's workbook (spec/commands.md). Full numbers appear only where an advisor must call.
 */

/** `13812345678` -> `138****5678`; other text is returned as it is. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (/^\d{7,}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return phone;
}

/** Masks every mainland mobile number found in a free text (with +86, spaces or dashes too). */
export function maskPhones(text: string): string {
  return text.replace(/(?<!\d)(?:\+?86[\s-]?)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, (m) => maskPhone(m));
}
