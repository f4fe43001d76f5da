/**
 * Zones whose UTC offset has not changed since a given instant, so that their wall clock is
 * plain arithmetic from then on, without ICU's time-zone data (whose first use costs a command
 * ~15-20 ms of start-up). Asia/Shanghai: UTC+8 all year since China's last daylight-saving
 * period ended on 1991-09-15 (IANA tzdata, rule "Shang"); earlier instants go through Intl.
 */
export const FIXED_OFFSETS: Record<string, { minutes: number; sinceMs: number }> = {
  'Asia/Shanghai': { minutes: 480, sinceMs: Date.UTC(1992, 0, 1) },
  UTC: { minutes: 0, sinceMs: -8.64e15 },
  'Etc/UTC': { minutes: 0, sinceMs: -8.64e15 },
};

/** Whether `timeZone` is one of the fixed-offset zones above (a valid IANA name, no ICU needed). */
export function isFixedOffsetZone(timeZone: string): boolean {
  return Object.hasOwn(FIXED_OFFSETS, timeZone);
}

