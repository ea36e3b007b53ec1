// Times a person reads: the journal stores UTC (ISO 8601), `undo --list` shows the machine's local time with
// its offset, so "10:02 +08:00" is when the user ran the fix by their own clock.

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-06T02:03:04.000Z" → "2026-12-06 10:03:04 +08:00" in the process's time zone; other text as it is. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${zone}`;
}
