// Which GPU architectures an official PyTorch wheel carries, from the pytorch_wheel rows of arch-support.csv.
// A row's subject names torch release ranges and wheel tags in free text ("torch 2.1-2.5 cu121 / 2.4-2.5 cu124",
// "torch 1.8-2.0 Windows cu1xx (cu111..cu117)"); torch-arch-map.json reads each subject once, as (torch minor range,
// wheel indexes), with the reason where the source column widens it (2.0 cu117 carries the 1.8-1.13 list). The log
// verdicts and the planner both find a wheel's row here.
import { table } from './tables.js';
import { archCovers, parseArchList, toolkitArch, type ArchEntry } from './arch.js';
import { compareVersions, majorMinor, parseVersion } from './version.js';
import archMap from './torch-arch-map.json' with { type: 'json' };

type Row = Record<string, string>;

const inRange = (version: string, [lo, hi]: string[]): boolean =>
  (compareVersions(majorMinor(version), lo) ?? -1) >= 0 && (compareVersions(majorMinor(version), hi) ?? 1) <= 0;

/**
 * The arch-support rows of the official wheels from index `wheel` ("cu121") for this OS's table rows, of torch
 * `version` (or of any release), each with the first release of the range that matched.
 */
export function wheelArchRows(os: 'linux' | 'windows', wheel: string, version: string | 'any'): { row: Row; lo: string }[] {
  const rows = table('arch-support');
  const out: { row: Row; lo: string }[] = [];
  for (const m of archMap.rows) {
    const row = rows.find((r) => r.kind === 'pytorch_wheel' && r.subject === m.subject);
    if (!row || row.os !== os) continue;
    for (const c of m.covers) {
      if (c.wheels.includes(wheel) && (version === 'any' || inRange(version, c.torch))) out.push({ row, lo: c.torch[0]! });
    }
  }
  return out;
}

/** "12.1" → "cu121", "9.2" → "cu92" (the wheel index of a CUDA version). */
const wheelTag = (cuda: string): string | undefined => {
  const p = parseVersion(cuda);
  return p && p.length >= 2 ? `cu${p[0]}${p[1]}` : undefined;
};

export interface WheelArch {
  row: Row;
  list: ArchEntry[];
  /** the row states whether PTX is included ("no", or the PTX arch); false when it says "?" */
  ptxKnown: boolean;
}

/** The arch-support rows for the official wheel of torch `version` built for CUDA `cuda` on this OS family. */
export function torchWheelArch(version: string, cuda: string, os: 'linux' | 'windows'): WheelArch | undefined {
  const wheel = wheelTag(cuda);
  if (wheel === undefined) return undefined;
  for (const { row } of wheelArchRows(os, wheel, version)) {
    const list = parseArchList(row.arch_list ?? '');
    if (list.length === 0) continue;
    return { row, list, ptxKnown: !/\?/.test(row.ptx_included ?? '?') };
  }
  return undefined;
}

export interface ArchVerdict {
  /** the build has no code this GPU can run */
  unsupported: boolean;
  /** what the build carries, for messages ("sm_50 sm_60 …"), or the toolkit's range */
  carried: string;
}

/**
 * Can a torch CUDA build run on a GPU of compute capability `cc`? Uses the wheel's arch list when the table has
 * it; otherwise only the CUDA toolkit's lowest target (nothing built with that CUDA can run below it). Answers
 * "unsupported" only when the table is sure: a GPU above the list counts only when the row says PTX is absent.
 * `os` undefined: both OS lists must agree.
 */
export function torchArchVerdict(version: string, cuda: string, cc: string, os: 'linux' | 'windows' | undefined): ArchVerdict | undefined {
  const oses: ('linux' | 'windows')[] = os ? [os] : ['linux', 'windows'];
  const verdicts: ArchVerdict[] = [];
  for (const o of oses) {
    const wheel = torchWheelArch(version, cuda, o);
    if (wheel) {
      const below = wheel.list.every((e) => (compareVersions(cc, e.cc) ?? 1) < 0);
      const none = archCovers(wheel.list, cc) === 'none';
      verdicts.push({ unsupported: none && (below || wheel.ptxKnown), carried: wheel.list.map((e) => `sm_${e.cc.replace('.', '')}${e.ptx ? '+PTX' : ''}`).join(' ') });
      continue;
    }
    const kit = toolkitArch(cuda);
    if (kit) verdicts.push({ unsupported: (compareVersions(cc, kit.minCc) ?? 1) < 0, carried: `sm_${kit.minCc.replace('.', '')} … sm_${kit.maxCc.replace('.', '')}` });
  }
  if (verdicts.length === 0) return undefined;
  return { unsupported: verdicts.every((v) => v.unsupported), carried: verdicts[0]!.carried };
}
