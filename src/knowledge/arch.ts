// Which compute capabilities a build can run on, read from arch-support.csv: parsing its arch-list cells
// and the CUDA toolkit rows ("CUDA 12.0-12.6", "CUDA 13.0+"). Coverage follows the table's own rule:
// SASS for X.y runs on X.Y when y <= Y (same major); "+PTX" entries JIT-compile for any newer GPU.
import { table } from './tables.js';
import { compareVersions, majorMinor, parseVersion } from './version.js';

type Row = Record<string, string>;

export interface ArchEntry { cc: string; ptx: boolean }
export type Coverage = 'sass' | 'ptx' | 'none';

/** "7.0;7.5;12.0+PTX" or "3.7+PTX;5.0" or "3.5, 5.0, 6.0 … and higher" → entries; "(?)" notes are dropped. */
export function parseArchList(cell: string): ArchEntry[] {
  const out: ArchEntry[] = [];
  for (const m of cell.matchAll(/(\d+\.\d+)(\s*\+\s*PTX)?/gi)) out.push({ cc: m[1]!, ptx: !!m[2] });
  return out;
}

/** torch.cuda.get_arch_list() / torch's own warning: "sm_86", "sm_90a", "sm_120", "compute_37" (PTX) → entries. */
export function archListFromTorch(names: string[]): ArchEntry[] {
  const out: ArchEntry[] = [];
  for (const n of names) {
    const m = /^(sm|compute)_(\d+)(\d)[a-z]?$/.exec(n.trim());
    if (m) out.push({ cc: `${m[2]}.${m[3]}`, ptx: m[1] === 'compute' });
  }
  return out;
}

/** Coverage by the list as written: SASS of the same major at or below the GPU's minor, else PTX at or below it. */
function listCovers(list: ArchEntry[], cc: string): Coverage {
  const [major, minor] = parseVersion(cc) ?? [];
  if (major === undefined) return 'none';
  const sass = list.some((e) => {
    const [M, m] = parseVersion(e.cc)!;
    return M === major && (m ?? 0) <= (minor ?? 0);
  });
  if (sass) return 'sass';
  return list.some((e) => e.ptx && (compareVersions(e.cc, cc) ?? 1) <= 0) ? 'ptx' : 'none';
}

/**
 * Can code built for `list` run on a GPU of compute capability `cc`: the one answer the log verdicts
 * (torchArchVerdict) and the planner give. SASS as listCovers; PTX only when the drivers for that GPU still
 * JIT-compile it: PTX older than the lowest arch of the oldest toolkit able to target the GPU does not count
 * (a Windows cu11x wheel's compute_37 on an RTX 50xx, arch-support.md: "cu126 and older fail").
 */
export function archCovers(list: ArchEntry[], cc: string): Coverage {
  const floor = list.some((e) => e.ptx) ? oldestToolkitFor(cc)?.minCc : undefined;
  const usable = floor ? list.filter((e) => !e.ptx || (compareVersions(e.cc, floor) ?? 0) >= 0) : list;
  return listCovers(usable, cc);
}

export interface ToolkitArch { row: Row; minCc: string; maxCc: string }

/** The arch-support row of the CUDA toolkit a build used ("11.2", "9", "12.5"). */
export function toolkitArch(cuda: string): ToolkitArch | undefined {
  const v = majorMinor(cuda);
  if (!v) return undefined;
  for (const row of table('arch-support')) {
    if (row.kind !== 'cuda_toolkit') continue;
    const m = /CUDA\s+(\d+\.\d+)(?:-(\d+\.\d+)|(\+))?/.exec(row.subject ?? '');
    if (!m) continue;
    const lo = m[1]!;
    const hi = m[3] ? undefined : (m[2] ?? lo);
    const inRange = (compareVersions(v, lo) ?? -1) >= 0 && (hi === undefined || (compareVersions(v, hi) ?? 1) <= 0);
    const minCc = /\d+\.\d+/.exec(row.min_cc ?? '')?.[0];
    const maxCc = /\d+\.\d+/.exec(row.max_cc ?? '')?.[0];
    if (inRange && minCc && maxCc) return { row, minCc, maxCc };
  }
  return undefined;
}

/** The newest CUDA toolkit row that can still target `cc` (for cards no prebuilt framework supports). */
export function newestToolkitFor(cc: string): ToolkitArch | undefined {
  let best: ToolkitArch | undefined;
  for (const row of table('arch-support')) {
    if (row.kind !== 'cuda_toolkit') continue;
    const lo = /CUDA\s+(\d+\.\d+)/.exec(row.subject ?? '')?.[1];
    const t = lo ? toolkitArch(lo) : undefined;
    if (!t || (compareVersions(cc, t.minCc) ?? -1) < 0) continue;
    if (!best || (compareVersions(lo, /CUDA\s+(\d+\.\d+)/.exec(best.row.subject!)![1]) ?? 0) > 0) best = t;
  }
  return best;
}

/**
 * The oldest CUDA toolkit row that can target `cc` (the toolkit a driver for that GPU is at least as new as).
 * Its lowest arch bounds the PTX such drivers still JIT-compile: Kepler (3.x) PTX, dropped with CUDA 12.0, does not
 * run on a GPU first supported by CUDA 12.8 (arch-support.md: RTX 50xx needs a cu128+ wheel, "cu126 and older fail",
 * the Windows cu11x wheels' compute_37 included).
 */
export function oldestToolkitFor(cc: string): ToolkitArch | undefined {
  let best: { t: ToolkitArch; lo: string } | undefined;
  for (const row of table('arch-support')) {
    if (row.kind !== 'cuda_toolkit') continue;
    const lo = /CUDA\s+(\d+\.\d+)/.exec(row.subject ?? '')?.[1];
    const t = lo ? toolkitArch(lo) : undefined;
    if (!lo || !t || (compareVersions(cc, t.maxCc) ?? 1) > 0) continue;
    if (!best || (compareVersions(lo, best.lo) ?? 0) < 0) best = { t, lo };
  }
  return best?.t;
}

/** Highest CUDA version a toolkit row covers ("CUDA 10.0-10.2" → "10.2"; "CUDA 13.0+" → undefined = open). */
export function toolkitUpperCuda(t: ToolkitArch): string | undefined {
  const m = /CUDA\s+(\d+\.\d+)(?:-(\d+\.\d+)|(\+))?/.exec(t.row.subject ?? '');
  if (!m || m[3]) return undefined;
  return m[2] ?? m[1];
}
