// The planner: constraints → every candidate the tables allow → the ones that fit (OS, GPU, Python,
// pinned version) → ranked, best first, plus a few alternatives of other routes / CUDA builds. When nothing
// fits it says why and offers the newest combinations for the card, or the toolkit a source build needs.
import { table } from '../knowledge/tables.js';
import { newestToolkitFor, toolkitUpperCuda } from '../knowledge/arch.js';
import { rowRef } from '../knowledge/row-ref.js';
import { cudaFromWheelTag } from '../facts/derive.js';
import { compareVersions, majorMinor } from '../knowledge/version.js';
import { driverVerdict, matchesPin, pythonFits } from './common.js';
import { gpuMinDriver } from '../knowledge/gpu-driver.js';
import { pytorchCandidates, torchWheelPreference } from './pytorch.js';
import { newestTensorflowUpTo, tensorflowCandidates } from './tensorflow.js';
import type { Combination, Constraints, Note, Plan, Route, SourceBuild } from './types.js';

export const DEFAULT_LIMIT = 4;

export function candidates(c: Constraints): Combination[] {
  const all = c.framework === 'pytorch' ? pytorchCandidates(c) : tensorflowCandidates(c);
  for (const x of all) {
    raiseToGpuDriver(x, c);
    x.notes.push(driverNote(x, c.driver));
  }
  return all;
}

/** The GPU's own minimum driver (an RTX 50xx needs R570+) can be above the CUDA build's: the higher one counts. */
function raiseToGpuDriver(x: Combination, c: Constraints): void {
  const need = c.gpuName ? gpuMinDriver(c.gpuName, x.os !== 'linux') : undefined;
  if (!need || (compareVersions(need.minDriver, x.minDriver) ?? -1) <= 0) return;
  x.minDriver = need.minDriver;
  if (x.toolkitDriver && (compareVersions(x.toolkitDriver, need.minDriver) ?? 1) < 0) x.toolkitDriver = need.minDriver;
  x.driver = driverVerdict(c.driver, x.minDriver, x.toolkitDriver);
  x.notes.push({ key: 'plan.note.gpuDriver', vars: { gpu: c.gpuName!, min: need.minDriver } });
  x.sources.push(rowRef('gpu-min-driver', need.row, ['models', 'min_driver_linux', 'min_driver_windows']));
}

function driverNote(x: Combination, driver: string | undefined): Note {
  const vars = { driver: driver ?? '', min: x.minDriver, toolkit: x.toolkitDriver ?? x.minDriver, cuda: x.cuda };
  return { key: `plan.note.driver.${x.driver}`, vars };
}

// a Windows user keeps native TF when it is the same version; WSL2 is the way to newer ones
const ROUTE_ORDER: Record<Route, number> = { 'torch-wheel': 0, 'tf-and-cuda': 0, 'tf-system-cuda': 1, 'tf-windows-native': 0, 'tf-wsl2': 1 };

/** Working set-ups first (no driver upgrade, real GPU code), then the newest release, then the route / wheel. */
export function compareCombinations(a: Combination, b: Combination): number {
  const upgrade = (x: Combination): number => (x.driver === 'required' ? 1 : 0);
  const ptx = (x: Combination): number => (x.gpu === 'ptx' ? 1 : 0);
  const inferred = (x: Combination): number => (x.archInferred ? 1 : 0);
  return upgrade(a) - upgrade(b)
    || ptx(a) - ptx(b)
    || (compareVersions(b.version, a.version) ?? 0)
    || ROUTE_ORDER[a.route] - ROUTE_ORDER[b.route]
    || inferred(a) - inferred(b)
    || (a.framework === 'pytorch' ? torchWheelPreference(a, b) : 0);
}

const fitsGpu = (x: Combination): boolean => x.gpu !== 'none';

/** PTX-only builds (JIT on first start, old CUDA libraries on a new GPU) only when nothing has real GPU code. */
function preferRealCode(list: Combination[]): Combination[] {
  const real = list.filter((x) => x.gpu !== 'ptx');
  return real.length ? real : list;
}

/** The best one, then the best of every other route, then of every other CUDA build, then the next best. */
export function pickAlternatives(ranked: Combination[], limit: number): Combination[] {
  const picked = new Set<Combination>(ranked.slice(0, 1));
  const firstOf = (key: (x: Combination) => string): void => {
    const seen = new Set([...picked].map(key));
    for (const x of ranked) {
      if (picked.size >= limit) return;
      if (!seen.has(key(x))) { seen.add(key(x)); picked.add(x); }
    }
  };
  firstOf((x) => x.route);
  firstOf((x) => `${x.route} ${x.wheelIndex ?? x.cuda}`);
  for (const x of ranked) if (picked.size < limit) picked.add(x);
  return ranked.filter((x) => picked.has(x));
}

export function plan(c: Constraints, opts: { limit?: number } = {}): Plan {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const all = candidates(c);
  // a patch release the tables do not list (TF rows are per minor: 2.10.0 stands for 2.10.1) pins its minor release
  const pin = c.version && !all.some((x) => compareVersions(x.version, c.version!) === 0) ? majorMinor(c.version) : c.version;
  const fit = preferRealCode(all.filter((x) => fitsGpu(x) && matchesPin(x.version, pin) && pythonFits(x.python.ranges, c.python)));
  const ranked = fit.sort(compareCombinations);
  const notes = planNotes(c, all);
  const result: Plan = { constraints: c, combinations: pickAlternatives(ranked, limit), total: ranked.length, notes };
  if (ranked.length === 0) result.noFit = explainNoFit(c, all, limit);
  return result;
}

function planNotes(c: Constraints, all: Combination[]): Note[] {
  const notes: Note[] = [];
  if (!c.cc) notes.push({ key: 'plan.note.gpuUnknown' });
  if (!c.driver) notes.push({ key: 'plan.note.driverUnknown' });
  if (c.framework === 'tensorflow' && c.os === 'windows') {
    const last = table('tensorflow-tested-builds').filter((r) => r.os === 'windows' && r.device === 'gpu')
      .sort((a, b) => compareVersions(b.tf_version, a.tf_version) ?? 0)[0];
    if (last) notes.push({ key: 'plan.note.tfWindowsEnds', vars: { version: last.tf_version!, line: rowRef('tensorflow-tested-builds', last, []).line } });
    // say why native Windows is missing from the list when it is
    const native = all.filter((x) => x.route === 'tf-windows-native' && fitsGpu(x) && matchesPin(x.version, c.version));
    if (native.length && !native.some((x) => pythonFits(x.python.ranges, c.python))) {
      notes.push({ key: 'plan.note.tfWindowsNativePython', vars: { python: c.python ?? '', max: native.map((x) => x.python.max).sort((a, b) => compareVersions(b, a) ?? 0)[0]! } });
    }
  }
  return notes;
}

function explainNoFit(c: Constraints, all: Combination[], limit: number): NonNullable<Plan['noFit']> {
  const reasons: Note[] = [];
  if (c.os === 'macos') return { reasons: [{ key: 'plan.reason.macos' }], relaxed: [] };
  const forGpu = all.filter(fitsGpu);
  let sourceBuild: SourceBuild | undefined;
  if (forGpu.length === 0 && c.cc) {
    reasons.push({ key: 'plan.reason.gpu', vars: { cc: c.cc, framework: c.framework } });
    sourceBuild = sourceBuildFor(c);
  } else {
    const pinned = forGpu.filter((x) => matchesPin(x.version, c.version));
    if (c.version && pinned.length === 0) reasons.push({ key: c.cc ? 'plan.reason.pinGpu' : 'plan.reason.pin', vars: { version: c.version, cc: c.cc ?? '', framework: c.framework, os: c.os } });
    else if (c.python) {
      const ranges = [...new Set(pinned.map((x) => x.python.ranges.map(([a, b]) => (a === b ? a : `${a}-${b}`)).join(', ')))];
      reasons.push({ key: 'plan.reason.python', vars: { python: c.python, ranges: ranges.slice(0, 3).join(' | ') } });
    }
  }
  const relaxed = pickAlternatives(preferRealCode(forGpu).sort(compareCombinations), limit);
  return { reasons, relaxed, sourceBuild };
}

/** No prebuilt release covers the card: the newest toolkit that can still target it, and the newest release built on it. */
function sourceBuildFor(c: Constraints): SourceBuild | undefined {
  const tk = newestToolkitFor(c.cc!);
  if (!tk) return undefined;
  const upper = toolkitUpperCuda(tk);
  const out: SourceBuild = { toolkit: tk.row.subject!, toolkitRef: rowRef('arch-support', tk.row, ['subject', 'min_cc', 'max_cc']) };
  if (c.framework === 'tensorflow') {
    const row = newestTensorflowUpTo(upper);
    if (row) { out.version = row.tf_version; out.versionRef = rowRef('tensorflow-tested-builds', row, ['tf_version', 'os', 'cuda', 'cudnn']); }
  } else {
    const row = table('pytorch-builds')
      .filter((r) => !/planned|LTS/.test(r.status ?? '') && (r.cuda_wheels?.match(/cu\d{2,3}\b/g) ?? [])
        .some((w) => !upper || (compareVersions(cudaFromWheelTag(w), upper) ?? 1) <= 0))
      .sort((a, b) => compareVersions(b.torch_version, a.torch_version) ?? 0)[0];
    if (row) { out.version = row.torch_version; out.versionRef = rowRef('pytorch-builds', row, ['torch_version', 'cuda_wheels']); }
  }
  return out;
}
