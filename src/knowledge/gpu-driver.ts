// The driver a GPU itself needs, from gpu-min-driver.csv: the first driver whose supported-GPU list names the
// model, and the last driver branch that still supports its architecture. Separate from the CUDA check
// (driver-floor.ts): an RTX 5090 with driver 565 fails although 565 runs CUDA 12.7 code, because 565 does not
// know the GPU; a GTX 1080 with driver 590 fails because R580 was the last branch for Pascal.
import { table, normaliseGpuName } from './tables.js';
import { driverInCell } from './cells.js';
import { compareVersions } from './version.js';

type Row = Record<string, string>;

/**
 * The model names of a row: "GeForce RTX 4090 / 4080 / 4070 Laptop GPU" names "GeForce RTX 4090", "GeForce RTX 4080" …
 * (a bare number borrows the first name's prefix); notes in parentheses are dropped.
 */
export function rowModels(models: string): string[] {
  const parts = models.replace(/\([^)]*\)/g, ' ').split(/\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
  const prefix = parts[0]?.replace(/\s*\S+$/, '') ?? '';
  return parts.map((p) => (/^\d/.test(p) ? `${prefix} ${p}` : p));
}

/** Normalised model name → the table's rows that name it, in table order: read once, not on every lookup of every diagnosis. */
let byName: Map<string, Row[]> | undefined;
function rowsNaming(name: string): Row[] {
  if (!byName) {
    byName = new Map();
    for (const row of table('gpu-min-driver')) {
      for (const n of new Set(rowModels(row.models ?? '').map(normaliseGpuName))) {
        if (!byName.has(n)) byName.set(n, []);
        byName.get(n)!.push(row);
      }
    }
  }
  return byName.get(name) ?? [];
}

export interface GpuDriverNeed {
  /** the lowest driver build that lists the model (the lowest of the matching rows: a laptop part may need more) */
  minDriver: string;
  row: Row;
}

/**
 * The first driver that knows this GPU, for Linux or (`windows`: Windows and WSL2, which use the Windows driver)
 * Windows. Only exact model matches count ("RTX 5060" is not "RTX 5060 Ti"); Windows cells marked "(?)" are not
 * used, so most Windows answers are undefined.
 */
export function gpuMinDriver(gpuName: string, windows: boolean): GpuDriverNeed | undefined {
  const wanted = normaliseGpuName(gpuName);
  if (!wanted) return undefined;
  let best: GpuDriverNeed | undefined;
  for (const row of rowsNaming(wanted)) {
    const cell = windows ? row.min_driver_windows : row.min_driver_linux;
    if (!cell || /\(\?\)|^\?$/.test(cell.trim())) continue;
    const min = driverInCell(cell);
    if (min && (!best || (compareVersions(min, best.minDriver) ?? 0) < 0)) best = { minDriver: min, row };
  }
  return best;
}

/** The last driver branch ("580") that supports GPUs of compute capability `cc`, where the table names one. */
export function lastDriverBranch(cc: string): string | undefined {
  return lastBranches().get(cc);
}

/** compute capability → the first row's last branch, read from the table once (every diagnosis naming a GPU asks) */
let lastBranchOfCc: Map<string, string> | undefined;
function lastBranches(): Map<string, string> {
  if (lastBranchOfCc) return lastBranchOfCc;
  const out = new Map<string, string>();
  for (const row of table('gpu-min-driver')) {
    const branch = /^R(\d{3})\b/.exec(row.last_driver_branch ?? '')?.[1];
    if (!branch) continue;
    for (const cc of (row.compute_capability ?? '').split(/\s*\/\s*/)) if (!out.has(cc)) out.set(cc, branch);
  }
  return (lastBranchOfCc = out);
}
