/**
 * The official Chinese public-holiday calendar (国务院办公厅 放假安排), as data: days off and the
 * make-up workdays (调休上班). A center's config extends it (or replaces it with
 * `calendar.replace: true`). Manual, "The center's week": the calendar is data, not code.
 *
 * 2025 and 2026 are the published arrangements. 2027's arrangement was not published when this
 * was written: only the statutory days themselves are listed (no 调休 yet); add the official
 * make-up days to the config when the State Council publishes them.
 */
function span(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
}

export const CN_CALENDAR: { holidays: string[]; workdays: string[] } = {
  holidays: [
    // 2025
    '2025-01-01',
    ...span('2025-01-28', '2025-02-04'),
    ...span('2025-04-04', '2025-04-06'),
    ...span('2025-05-01', '2025-05-05'),
    ...span('2025-05-31', '2025-06-02'),
    ...span('2025-10-01', '2025-10-08'),
    // 2026
    ...span('2026-01-01', '2026-01-03'),
    ...span('2026-02-15', '2026-02-23'),
    ...span('2026-04-04', '2026-04-06'),
    ...span('2026-05-01', '2026-05-05'),
    ...span('2026-06-19', '2026-06-21'),
    ...span('2026-09-25', '2026-09-27'),
    ...span('2026-10-01', '2026-10-07'),
    // 2027: statutory days only (arrangement not yet published)
    '2027-01-01',
    ...span('2027-02-06', '2027-02-08'),
    '2027-04-05',
    '2027-05-01',
    '2027-06-09',
    '2027-09-15',
    ...span('2027-10-01', '2027-10-03'),
  ],
  workdays: [
    // 2025
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    // 2026
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};
