// Reading values out of table cells, which carry notes around them ("12.4 (?)", "0.28.0 (minor 0.28 per …)",
// "580 (family floor; …) from 13.1 on"). One reader per kind of value, shared by every table lookup.

/** The first dotted version in a cell: "12.1 (?)" → "12.1", "3.14 (3.15t experimental)" → "3.14". */
export function versionInCell(cell: string | undefined): string | undefined {
  return /\d+(?:\.\d+)+/.exec(cell ?? '')?.[0];
}

/** The first NVIDIA driver build in a cell ("527.41", "580.65.06"): a 3-digit branch, so a note's "13.1" is skipped. */
export function driverInCell(cell: string | undefined): string | undefined {
  return /\b\d{3}\.\d+(?:\.\d+)?\b/.exec(cell ?? '')?.[0];
}
