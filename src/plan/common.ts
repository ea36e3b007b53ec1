// Small checks shared by the framework planners: Python ranges, version pins, driver verdicts.
import { compareVersions, majorMinor } from '../knowledge/version.js';
import type { DriverVerdict } from './types.js';

/** A cell is unsure when it carries "?" (the knowledge base marks unconfirmed values that way). */
export const unsure = (cell: string | undefined): boolean => !cell || cell.includes('?');

/** "2.7, 3.3-3.6" → [["2.7","2.7"],["3.3","3.6"]]: TF's Python cells are not always one contiguous range. */
export function pythonRanges(raw: string | undefined, min: string, max: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of (raw ?? '').matchAll(/(\d+\.\d+)(?:\s*-\s*(\d+\.\d+))?/g)) out.push([m[1]!, m[2] ?? m[1]!]);
  return out.length ? out : [[min, max]];
}

export function pythonFits(ranges: [string, string][], python: string | undefined): boolean {
  if (!python) return true;
  const py = majorMinor(python);
  return ranges.some(([lo, hi]) => (compareVersions(py, lo) ?? -1) >= 0 && (compareVersions(py, hi) ?? 1) <= 0);
}

/** "2.10" pins any 2.10.x; "2.10.1" pins exactly that release. */
export function matchesPin(version: string, pin: string | undefined): boolean {
  if (!pin) return true;
  if (pin.split('.').length >= 3) return compareVersions(version, pin) === 0;
  return majorMinor(version) === majorMinor(pin);
}

export function driverVerdict(driver: string | undefined, floor: string, toolkit: string | undefined): DriverVerdict {
  if (!driver) return 'unknown';
  if ((compareVersions(driver, floor) ?? -1) < 0) return 'required';
  if (toolkit && (compareVersions(driver, toolkit) ?? -1) < 0) return 'recommended';
  return 'ok';
}

export const atLeast = (v: string, min: string): boolean => (compareVersions(v, min) ?? -1) >= 0;
