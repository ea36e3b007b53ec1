// Which GPU architectures an official PyTorch wheel carries, from the pytorch_wheel rows of arch-support.csv.
// A row's subject names torch release ranges and wheel tags in free text ("torch 2.1-2.5 cu121 / 2.4-2.5 cu124",
// "torch 1.8-2.0 Windows cu1xx (cu111..cu117)"); this file reads those, so the table stays the only source.
import { table } from './tables.js';
import { archCovers, parseArchList, toolkitArch, type ArchEntry } from './arch.js';
import { compareVersions, majorMinor, parseVersion } from './version.js';

type Row = Record<string, string>;

interface SubjectGroup {
  /** torch release ranges, inclusive; hi undefined = same as lo; lo "2.x" = any 2.* */
  ranges: { lo: string; hi?: string }[];
  /** wheel tags as numbers (cu121 → 121), or tag ranges */
  tags: { lo: number; hi: number }[];
}

/** "torch 1.8 LTS / 1.9-1.11 cu102" → [{ranges: [1.8, 1.9-1.11], tags: [102]}]; ranges without a tag after them are dropped. */
export function parseWheelSubject(subject: string): SubjectGroup[] {
  const groups: SubjectGroup[] = [];
  let current: SubjectGroup = { ranges: [], tags: [] };
  const token = /cu(\d{2,3})\s*\.\.\s*cu(\d{2,3})|cu(\d{2,3})\b|(\d+\.(?:\d+|x))(?:\s*-\s*(\d+\.\d+))?/gi;
  for (const m of subject.matchAll(token)) {
    if (m[1] && m[2]) current.tags.push({ lo: Number(m[1]), hi: Number(m[2]) });
    else if (m[3]) current.tags.push({ lo: Number(m[3]), hi: Number(m[3]) });
    else if (m[4]) {
      if (current.tags.length > 0) {
        groups.push(current);
        current = { ranges: [], tags: [] };
      }
      current.ranges.push({ lo: m[4], hi: m[5] });
    }
  }
  if (current.tags.length > 0 && current.ranges.length > 0) groups.push(current);
  return groups;
}

function inRange(version: string, r: { lo: string; hi?: string }): boolean {
  if (r.lo.endsWith('.x')) return parseVersion(version)?.[0] === Number(r.lo.slice(0, -2));
  const mm = majorMinor(version);
  return (compareVersions(mm, r.lo) ?? -1) >= 0 && (compareVersions(mm, r.hi ?? r.lo) ?? 1) <= 0;
}

/** "12.1" → 121, "9.2" → 92 (the number in the wheel tag cuXYZ). */
const tagNumber = (cuda: string): number | undefined => {
  const p = parseVersion(cuda);
  return p && p.length >= 2 ? Number(`${p[0]}${p[1]}`) : undefined;
};

export interface WheelArch {
  row: Row;
  list: ArchEntry[];
  /** the row states whether PTX is included ("no", or the PTX arch); false when it says "?" */
  ptxKnown: boolean;
}

/** The arch-support rows for the official wheel of torch `version` built for CUDA `cuda` on this OS family. */
export function torchWheelArch(version: string, cuda: string, os: 'linux' | 'windows'): WheelArch | undefined {
  const tag = tagNumber(cuda);
  if (tag === undefined) return undefined;
  for (const row of table('arch-support')) {
    if (row.kind !== 'pytorch_wheel' || row.os !== os) continue;
    const hit = parseWheelSubject(row.subject ?? '').some((g) =>
      g.ranges.some((r) => inRange(version, r)) && g.tags.some((t) => tag >= t.lo && tag <= t.hi));
    if (!hit) continue;
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
