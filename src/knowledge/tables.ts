// Questions answered from the version tables in knowledge/*.json (loaded by table.ts). Every answer here
// comes from a table row; nothing is hard-coded.
import { table, type Row } from './table.js';
import { compareVersions, isReleaseVersion, majorMinor, parseVersion } from './version.js';
import { driverFloor } from './driver-floor.js';
import { driverInCell, versionInCell } from './cells.js';
import extraGpus from './gpu-names-extra.json' with { type: 'json' };

export { table };

export type OsName = 'windows' | 'linux' | 'wsl1' | 'wsl2' | 'macos';

/**
 * The lowest driver that runs code built for `cuda` ("12.1") on this OS — see driverFloor(), which also
 * names the table rows. WSL2 runs on the Windows host driver, so it reads the Windows columns.
 */
export function minDriverForCuda(cuda: string, os: OsName | undefined): string | undefined {
  return driverFloor(cuda, os === 'windows' || os === 'wsl2')?.floor;
}

/** The highest CUDA version whose toolkit row the driver satisfies (what nvidia-smi's "CUDA Version" shows). */
export function maxCudaForDriver(driver: string, os: OsName | undefined): string | undefined {
  const windows = os === 'windows';
  let best: string | undefined;
  for (const r of table('cuda-driver-min')) {
    const min = driverInCell(windows ? r.min_driver_windows : r.min_driver_linux) ?? driverInCell(r.min_driver_linux);
    if (!min || (compareVersions(driver, min) ?? -1) < 0) continue;
    if (!best || (compareVersions(r.cuda_version, best) ?? 0) > 0) best = r.cuda_version;
  }
  return best;
}

export function torchRelease(version: string): Row | undefined {
  const v = /^\d+\.\d+(?:\.\d+)?/.exec(version)?.[0];
  if (!v) return undefined;
  const rows = table('pytorch-builds');
  return rows.find((r) => compareVersions(r.torch_version, v) === 0)
    ?? rows.find((r) => majorMinor(r.torch_version) === majorMinor(v));
}

/** Python versions (major.minor) a torch release publishes wheels for. */
export function torchPythonRange(torch: string): { min?: string; max?: string } {
  return torchRowPythonRange(torchRelease(torch));
}

/** The same read from a pytorch-builds row (`gpu-doctor plan` walks the rows). */
export function torchRowPythonRange(row: Row | undefined): { min?: string; max?: string } {
  return { min: versionInCell(row?.python_min), max: versionInCell(row?.python_max) };
}

/**
 * Where a Python falls against the wheels a torch release publishes: below, in or above its range; undefined for a
 * build outside the release table (source, vendor, nightly), a release the table lacks, or no readable Python.
 * The one answer of the log side (derive.ts torchPythonSupported) and the scan side (scan/facts.ts torchPythonFit).
 */
export function torchPythonFit(torch: string | undefined, python: string | undefined): 'below' | 'in' | 'above' | undefined {
  if (!isReleaseVersion(torch) || !python) return undefined;
  const py = majorMinor(python);
  const { min, max } = torchPythonRange(torch);
  const lo = min !== undefined ? majorMinor(min) : undefined;
  const hi = max !== undefined ? majorMinor(max) : undefined;
  if (py === undefined || (lo === undefined && hi === undefined)) return undefined;
  if (lo !== undefined && (compareVersions(py, lo) ?? 0) < 0) return 'below';
  if (hi !== undefined && (compareVersions(py, hi) ?? 0) > 0) return 'above';
  return 'in';
}

/** The CUDA version of the plain `pip install torch==X` wheel from PyPI on Linux ("?" cells count as known but unsure). */
export function torchPypiDefaultCuda(version: string): string | undefined {
  return versionInCell(torchRelease(version)?.pypi_default_cuda) ?? /^\d+\.\d+/.exec(torchRelease(version)?.pypi_default_cuda ?? '')?.[0];
}

/** Lower-case model name without vendor words and form-factor suffixes, for comparing names across tools. */
export const normaliseGpuName = (s: string): string =>
  s.toLowerCase().replace(/\(r\)|\(tm\)|nvidia|geforce|tesla|laptop gpu|laptop|mobile|with max-q design|max-q|gpu/g, ' ')
    // as people type them: "RTX4060" is "rtx 4060", "RTX2080Ti" is "rtx 2080 ti"
    .replace(/([a-z])(\d)/g, '$1 $2').replace(/(\d)(ti|super)\b/g, '$1 $2').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The CUDA GPU list plus the MX laptop GPUs it does not name (gpu-names-extra.json), indexed once by every key a
 * lookup asks for: every diagnosis naming a GPU looks it up, and scanning and normalising hundreds of rows each time
 * was a tenth of a 10 KB paste's diagnosis. Where several rows give a key, the first row in table order keeps it.
 */
interface GpuIndex {
  /** a row's whole model cell, and the same without its first word ("rtx 4060" → also "4060") → row's cc */
  model: Map<string, string>;
  /** the same keys from the model cell and from each model the row lists ("GeForce RTX 4090 / 4080") */
  modelOrAlias: Map<string, string>;
  /** each listed model → its cc, with its place in table order (ties between names of one length go to the first) */
  alias: Map<string, { cc: string; order: number }>;
  /** the most words a listed model has: a longer run of the wanted name's words cannot be one */
  aliasWords: number;
  /** the last two words of a listed model of three or more ("quadro m 1200" → "m 1200") → every cc it has */
  tail: Map<string, Set<string>>;
}

let gpuIndex: GpuIndex | undefined;
function GPU_INDEX(): GpuIndex {
  if (gpuIndex) return gpuIndex;
  const idx: GpuIndex = { model: new Map(), modelOrAlias: new Map(), alias: new Map(), aliasWords: 0, tail: new Map() };
  const first = <V>(m: Map<string, V>, k: string, v: V): void => { if (!m.has(k)) m.set(k, v); };
  // "rtx 4060" is found as itself and, after a family word, as "4060" (the regex ^(?:[a-z]+ )?4060$ of the scan it replaces)
  const keys = (name: string): string[] => (/^[a-z]+ ./.test(name) ? [name, name.slice(name.indexOf(' ') + 1)] : [name]);
  let order = 0;
  for (const r of [...table('gpu-compute-capability'), ...(extraGpus.rows as Row[])]) {
    const cc = r.compute_capability!;
    const model = normaliseGpuName(r.gpu_model ?? '');
    const aliases = (r.gpu_model ?? '').split(/\s*\/\s*|,\s*/).map(normaliseGpuName).filter(Boolean);
    for (const k of keys(model)) { first(idx.model, k, cc); first(idx.modelOrAlias, k, cc); }
    for (const a of aliases) {
      for (const k of keys(a)) first(idx.modelOrAlias, k, cc);
      first(idx.alias, a, { cc, order: order++ });
      const words = a.split(' ');
      idx.aliasWords = Math.max(idx.aliasWords, words.length);
      if (words.length >= 3) {
        const tail = words.slice(-2).join(' ');
        if (!idx.tail.has(tail)) idx.tail.set(tail, new Set());
        idx.tail.get(tail)!.add(cc);
      }
    }
  }
  return (gpuIndex = idx);
}

/** Compute capability of a GPU model name as printed by nvidia-smi / torch / TF, from gpu-compute-capability.csv. */
export function computeCapabilityOf(gpuName: string): string | undefined {
  const wanted = normaliseGpuName(gpuName);
  if (!wanted) return undefined;
  const idx = GPU_INDEX();
  // a bare model number ("4060") names the plain card, not its Ti / SUPER variants
  if (/^\d{3,4}$/.test(wanted)) {
    const plain = idx.model.get(wanted);
    if (plain) return plain;
  }
  // a bare number with its variant ("5060ti", "2080 ti", as Chinese posts write 显卡是5060ti): that variant's row
  if (/^\d{3,4}(?: (?:ti|super))+$/.test(wanted)) {
    const variant = idx.modelOrAlias.get(wanted);
    if (variant) return variant;
  }
  // the longest listed model that is the whole name or (over 3 characters) a run of its words
  const words = wanted.split(' ');
  let best: { cc: string; len: number; order: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    let name = '';
    for (let j = i; j < words.length && j - i < idx.aliasWords; j++) {
      name = j === i ? words[j]! : `${name} ${words[j]}`;
      const hit = idx.alias.get(name);
      if (!hit || (name !== wanted && name.length <= 3)) continue;
      if (!best || name.length > best.len || (name.length === best.len && hit.order < best.order)) best = { cc: hit.cc, len: name.length, order: hit.order };
    }
  }
  if (best) return best.cc;
  // a bare letter-and-number model ("Nvidia M1200" → "m 1200") without its family word: the one row that names it
  // after a family ("Quadro M1200"), when all such rows agree
  if (/^[a-z] \d{2,5}$/.test(wanted)) {
    const ccs = idx.tail.get(wanted);
    if (ccs?.size === 1) return [...ccs][0];
  }
  return undefined;
}

/**
 * The newest TensorFlow release whose tested builds include a GPU build for this OS ("2.10.0" for Windows:
 * TF dropped native-Windows GPU support after it). Undefined when the table has no GPU row for the OS.
 */
export function tensorflowLastGpuRelease(os: 'linux' | 'windows' | 'macos'): string | undefined {
  let best: string | undefined;
  for (const r of table('tensorflow-tested-builds')) {
    if (r.os !== os || r.device !== 'gpu' || !r.tf_version) continue;
    if (!best || (compareVersions(r.tf_version, best) ?? 0) > 0) best = r.tf_version;
  }
  return best;
}

/** TF tested-build rows for a version ("2.10" or "2.10.1") on an OS. */
export function tensorflowBuilds(version: string, os?: 'linux' | 'windows' | 'macos'): Row[] {
  const mm = majorMinor(version);
  return table('tensorflow-tested-builds').filter((r) => majorMinor(r.tf_version!) === mm && (!os || r.os === os));
}

/** Whether a release falls within a row's bound: a two-part bound ("1.18") covers all its patch releases. */
function withinBound(version: string, bound: string, side: 'min' | 'max'): boolean {
  const twoPart = (parseVersion(bound)?.length ?? 0) < 3;
  const c = twoPart ? compareVersions(majorMinor(version), bound) : compareVersions(version, bound);
  if (c === undefined) return false;
  return side === 'min' ? c >= 0 : c <= 0;
}

/** The onnxruntime-cuda rows (one per GPU package variant) of an ONNX Runtime release; none for a non-release. */
export function onnxruntimeBuilds(version: string): Row[] {
  if (!/^\d+\.\d+(?:\.\d+)?$/.test(version)) return [];
  return table('onnxruntime-cuda').filter((r) => withinBound(version, r.ort_min!, 'min') && (!r.ort_max || withinBound(version, r.ort_max, 'max')));
}

/**
 * The cuDNN majors an ONNX Runtime release's GPU packages were built for. `cudaMajor`, when known (the package
 * variant named in the log, else the one CUDA major the machine has), keeps the variants for that CUDA if there are
 * any. Undefined when the table has no row for the release.
 */
export function onnxruntimeCudnnMajors(version: string, cudaMajor?: string): string[] | undefined {
  const rows = onnxruntimeBuilds(version);
  if (rows.length === 0) return undefined;
  const forCuda = cudaMajor ? rows.filter((r) => r.cuda_major === cudaMajor) : [];
  return [...new Set((forCuda.length > 0 ? forCuda : rows).map((r) => r.cudnn_major!))].sort();
}
