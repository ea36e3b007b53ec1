// PyTorch candidates: every (release × CUDA wheel index) of pytorch-builds.csv for the user's OS, with the
// GPU architectures of that wheel (arch-support.csv), the driver it needs and the pip command.
import { table, torchPypiDefaultCuda, torchRowPythonRange } from '../knowledge/tables.js';
import { archCovers, parseArchList } from '../knowledge/arch.js';
import { wheelArchRows } from '../knowledge/torch-wheel-arch.js';
import { driverFloor } from '../knowledge/driver-floor.js';
import { rowRef, type RowRef } from '../knowledge/row-ref.js';
import { compareVersions, majorMinor } from '../knowledge/version.js';
import { versionInCell } from '../knowledge/cells.js';
import { cudaFromWheelTag } from '../facts/derive.js';
import { atLeast, driverVerdict, unsure } from './common.js';
import type { Combination, Constraints, GpuCoverage, Note } from './types.js';
import routes from './routes.json' with { type: 'json' };

type Row = Record<string, string>;

interface ArchHit { row: Row; inferred?: string }

/**
 * The arch-support row for this wheel: the exact one, else (Windows) the Linux list of the same wheel,
 * else the nearest earlier release's list of the same wheel index. Inferred rows are flagged.
 */
const archCache = new Map<string, ArchHit | undefined>();
export function torchArchRow(version: string, wheel: string, windows: boolean): ArchHit | undefined {
  const key = `${version} ${wheel} ${windows}`;
  if (!archCache.has(key)) archCache.set(key, findArchRow(version, wheel, windows));
  return archCache.get(key);
}

function findArchRow(version: string, wheel: string, windows: boolean): ArchHit | undefined {
  const own = wheelArchRows(windows ? 'windows' : 'linux', wheel, version)[0];
  if (own) return { row: own.row };
  if (windows) {
    const linux = wheelArchRows('linux', wheel, version)[0];
    if (linux) return { row: linux.row, inferred: 'linux-list' };
  }
  // the same OS's list first, then the nearest release
  const before = (hits: { row: Row; lo: string }[]) => hits
    .filter((h) => (compareVersions(h.lo, majorMinor(version)) ?? 1) < 0)
    .sort((a, b) => (compareVersions(b.lo, a.lo) ?? 0))[0];
  const earlier = before(wheelArchRows(windows ? 'windows' : 'linux', wheel, 'any')) ?? (windows ? before(wheelArchRows('linux', wheel, 'any')) : undefined);
  return earlier ? { row: earlier.row, inferred: 'earlier-release' } : undefined;
}

/** cuDNN inside the wheel: "9.10.2.21 (cu126); 9.20.0.48 (cu130/cu132)" → the part for this index. */
function bundledCudnn(cell: string | undefined, wheel: string): string | undefined {
  if (!cell || cell.trim() === '?') return undefined;
  const parts = cell.split(';').map((s) => s.trim());
  const mine = parts.find((p) => new RegExp(`\\b${wheel}\\b`).test(p));
  if (mine) return versionInCell(mine);
  return parts.length === 1 || parts.every((p) => !/\(cu/.test(p)) ? versionInCell(parts[0]) : undefined;
}

function commands(row: Row, wheel: string, windows: boolean, cuda: string): { lines: string[]; notes: Note[] } {
  const notes: Note[] = [];
  const v = row.torch_version!;
  const py = windows ? 'python' : 'python3';
  const vision = unsure(row.torchvision) ? undefined : versionInCell(row.torchvision);
  const audio = unsure(row.torchaudio) ? undefined : versionInCell(row.torchaudio);
  if (!audio) notes.push({ key: 'plan.note.torchaudioUnknown', vars: { version: v } });
  const numpy = !atLeast(v, routes.numpyBelow2Before.pytorch) ? ['"numpy<2"'] : [];
  if (atLeast(v, routes.pytorch.indexUrlFrom.value)) {
    const pkgs = [`torch==${v}`, vision && `torchvision==${vision}`, audio && `torchaudio==${audio}`].filter(Boolean);
    return { lines: [`${py} -m pip install ${pkgs.join(' ')} --index-url ${routes.pytorch.indexBase}${wheel}`, ...(numpy.length ? [`${py} -m pip install ${numpy.join(' ')}`] : [])], notes };
  }
  // 1.x: the PyPI build (Linux only) is plain; every other variant is a "+cuXYZ" local version on torch_stable.html
  const plain = !windows && torchPypiDefaultCuda(v) === cuda;
  const tag = plain ? '' : `+${wheel}`;
  const pkgs = [`torch==${v}${tag}`, vision && `torchvision==${vision}${tag}`, audio && `torchaudio==${audio}`, ...numpy].filter(Boolean);
  return { lines: [`${py} -m pip install ${pkgs.join(' ')}${plain ? '' : ` -f ${routes.pytorch.findLinks}`}`], notes };
}

export function pytorchCandidates(c: Constraints): Combination[] {
  if (c.os === 'macos') return [];
  const os = c.os;
  const windows = os === 'windows';
  const out: Combination[] = [];
  for (const row of table('pytorch-builds')) {
    const version = row.torch_version!;
    const skipped = routes.pytorch.skipStatus.some((s) => (row.status ?? '').includes(s));
    // a planned release only when asked for by its exact minor
    if (skipped && !(c.version && majorMinor(c.version) === majorMinor(version) && !(row.status ?? '').includes('LTS'))) continue;
    const { min, max } = torchRowPythonRange(row); // (as the log and scan sides read it)
    if (!min || !max) continue;
    for (const wheel of new Set((row.cuda_wheels ?? '').match(/cu\d{2,3}\b/g) ?? [])) {
      const cuda = cudaFromWheelTag(wheel);
      const floor = cuda ? driverFloor(cuda, windows || os === 'wsl') : undefined;
      if (!cuda || !floor) continue;
      const sources: RowRef[] = [rowRef('pytorch-builds', row, ['torch_version', 'python_min', 'python_max', 'cuda_wheels', 'cudnn_in_wheels'])];
      const notes: Note[] = [{ key: 'plan.note.torchBundled' }];
      let gpu: GpuCoverage = 'unknown';
      let archInferred: string | undefined;
      const hit = torchArchRow(version, wheel, windows);
      if (hit) sources.push(rowRef('arch-support', hit.row, ['subject', 'os', 'arch_list']));
      if (c.cc) {
        gpu = hit ? archCovers(parseArchList(hit.row.arch_list ?? ''), c.cc) : 'none';
        archInferred = hit?.inferred;
        if (hit && gpu !== 'none') {
          notes.push({ key: `plan.note.gpu.${gpu}`, vars: { cc: c.cc, list: hit.row.arch_list ?? '' } });
          if (archInferred) notes.push({ key: `plan.note.archInferred.${archInferred}`, vars: { subject: hit.row.subject ?? '' } });
        }
      }
      sources.push(floor.floorRef);
      if (floor.toolkitRef && floor.toolkitRef.line !== floor.floorRef.line) sources.push(floor.toolkitRef);
      const driver = driverVerdict(c.driver, floor.floor, floor.toolkit);
      const cmd = commands(row, wheel, windows, cuda);
      if (windows) notes.push({ key: 'plan.note.torchWindowsPypiCpu' });
      out.push({
        framework: 'pytorch', version, os, route: 'torch-wheel',
        python: { min, max, ranges: [[min, max]] },
        cuda, cudnn: bundledCudnn(row.cudnn_in_wheels, wheel), bundled: true, wheelIndex: wheel,
        minDriver: floor.floor, toolkitDriver: floor.toolkit, driver, gpu, archInferred,
        commands: [...cmd.lines, routes.pytorch.check],
        notes: [...notes, ...cmd.notes], sources,
      });
    }
  }
  return out;
}

/** Tie-break between wheels of one release: the PyPI default CUDA first, then the newer CUDA. */
const pypiDefault = new Map<string, string | undefined>();
export function torchWheelPreference(a: Combination, b: Combination): number {
  if (!pypiDefault.has(a.version)) pypiDefault.set(a.version, torchPypiDefaultCuda(a.version));
  const def = pypiDefault.get(a.version);
  const ad = a.cuda === def ? 0 : 1;
  const bd = b.cuda === def ? 0 : 1;
  return ad - bd || (compareVersions(b.cuda, a.cuda) ?? 0);
}
