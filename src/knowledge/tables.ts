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

interface GpuRow {
  cc: string;
  /** the whole model cell, normalised */
  model: string;
  /** each model a row lists ("GeForce RTX 4090 / 4080"), normalised */
  aliases: string[];
  /** the same with a space either side, as they are looked for inside a longer name */
  spaced: string[];
}

/** The CUDA GPU list plus the MX laptop GPUs it does not name (gpu-names-extra.json), names normalised once:
 * every diagnosis naming a GPU looks it up, and normalising hundreds of rows each time was a tenth of a 10 KB paste's diagnosis. */
let gpuRows: GpuRow[] | undefined;
function GPU_ROWS(): GpuRow[] {
  gpuRows ??= [...table('gpu-compute-capability'), ...(extraGpus.rows as Row[])].map((r) => {
    const aliases = (r.gpu_model ?? '').split(/\s*\/\s*|,\s*/).map(normaliseGpuName).filter(Boolean);
    return { cc: r.compute_capability!, model: normaliseGpuName(r.gpu_model ?? ''), aliases, spaced: aliases.map((a) => ` ${a} `) };
  });
  return gpuRows;
}

/** Compute capability of a GPU model name as printed by nvidia-smi / torch / TF, from gpu-compute-capability.csv. */
export function computeCapabilityOf(gpuName: string): string | undefined {
  const wanted = normaliseGpuName(gpuName);
  if (!wanted) return undefined;
  let best: { cc: string; len: number } | undefined;
  // a bare model number ("4060") names the plain card, not its Ti / SUPER variants
  if (/^\d{3,4}$/.test(wanted)) {
    const bare = new RegExp(`^(?:[a-z]+ )?${wanted}$`);
    const plain = GPU_ROWS().find((r) => bare.test(r.model));
    if (plain) return plain.cc;
  }
  // a bare number with its variant ("5060ti", "2080 ti", as Chinese posts write 显卡是5060ti): that variant's row
  if (/^\d{3,4}(?: (?:ti|super))+$/.test(wanted)) {
    const variant = new RegExp(`^(?:[a-z]+ )?${wanted}$`);
    const row = GPU_ROWS().find((r) => variant.test(r.model) || r.aliases.some((a) => variant.test(a)));
    if (row) return row.cc;
  }
  // spaced once here and once per row in GPU_ROWS, not per row and call: each GPU name a log holds is looked up
  const spacedWanted = ` ${wanted} `;
  for (const r of GPU_ROWS()) {
    for (let i = 0; i < r.aliases.length; i++) {
      const name = r.aliases[i]!;
      if (wanted === name || (name.length > 3 && spacedWanted.includes(r.spaced[i]!))) {
        if (!best || name.length > best.len) best = { cc: r.cc, len: name.length };
      }
    }
  }
  if (best) return best.cc;
  // a bare letter-and-number model ("Nvidia M1200" → "m 1200") without its family word: the one row that names it
  // after a family ("Quadro M1200"), when all such rows agree
  if (/^[a-z] \d{2,5}$/.test(wanted)) {
    const ccs = new Set(GPU_ROWS().filter((r) => r.aliases.some((a) => a.endsWith(` ${wanted}`))).map((r) => r.cc));
    if (ccs.size === 1) return [...ccs][0];
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
