// Turns raw facts read from a log (or a scan) into the facts rules reason over, using the version tables:
// which CUDA a torch build targets, whether it is a CPU-only wheel, the driver that CUDA needs, a GPU's
// compute capability. Each derived fact keeps the evidence of the facts it came from.
import type { Evidence, LogScanResult } from '../engine/log-scan.js';
import { computeCapabilityOf, maxCudaForDriver, minDriverForCuda, torchPypiDefaultCuda, type OsName } from '../knowledge/tables.js';
import { compareVersions } from '../knowledge/version.js';

export interface Fact {
  value: string | number | boolean | string[];
  evidence: Evidence[];
}

export type FactMap = Map<string, Fact>;

/** "cu121" → "12.1", "cu92" → "9.2", "cu130" → "13.0" */
export function cudaFromWheelTag(tag: string): string | undefined {
  const digits = /^cu(\d{2,3})$/i.exec(tag)?.[1];
  if (!digits) return undefined;
  if (digits.length === 2) return `${digits[0]}.${digits[1]}`;
  return `${digits.slice(0, 2)}.${digits.slice(2)}`;
}

/** DLL / .so version suffixes: "110" → "11.0", "101" → "10.1", "11.0" → "11.0", "12" → "12" */
export function cudaFromLibSuffix(suffix: string): string | undefined {
  if (/^\d+\.\d+$/.test(suffix)) return suffix;
  if (/^\d{3}$/.test(suffix)) return `${suffix.slice(0, 2)}.${suffix.slice(2)}`;
  if (/^\d{2}$/.test(suffix) && Number(suffix) >= 90) return `${suffix[0]}.${suffix[1]}`; // cudart64_92
  if (/^\d{1,2}$/.test(suffix)) return suffix;
  return undefined;
}

const NOT_A_VERSION = /^(none|could not collect|n\/a|unknown)$/i;

export function deriveFacts(scan: LogScanResult): FactMap {
  const facts: FactMap = new Map();
  for (const [name, f] of scan.facts) facts.set(name, { value: f.value, evidence: [f.evidence] });
  for (const [name, c] of scan.collected) facts.set(name, { value: c.values, evidence: c.evidence });
  const get = (name: string): Fact | undefined => facts.get(name);
  const str = (name: string): string | undefined => {
    const v = get(name)?.value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const set = (name: string, value: Fact['value'], ...from: (string | undefined)[]): void => {
    const evidence = from.flatMap((n) => (n ? get(n)?.evidence ?? [] : []));
    facts.set(name, { value, evidence });
  };

  const os = str('os') as OsName | undefined;

  // --- torch build: CUDA or CPU-only, and for which CUDA
  const torchVersion = str('torchVersion');
  const tag = /\+([a-z0-9.]+)$/i.exec(torchVersion ?? '')?.[1];
  const builtWith = str('torchBuiltWithCuda');
  if (tag?.toLowerCase() === 'cpu') set('torchBuild', 'cpu', 'torchVersion');
  else if (tag && cudaFromWheelTag(tag)) {
    set('torchBuild', 'cuda', 'torchVersion');
    set('torchBuildCuda', cudaFromWheelTag(tag)!, 'torchVersion');
  } else if (builtWith && NOT_A_VERSION.test(builtWith)) set('torchBuild', 'cpu', 'torchBuiltWithCuda');
  else if (builtWith && /^\d+\.\d+/.test(builtWith)) {
    set('torchBuild', 'cuda', 'torchBuiltWithCuda');
    set('torchBuildCuda', builtWith, 'torchBuiltWithCuda');
  } else if (torchVersion && !tag && get('torchWheelWindowsPypi')) {
    set('torchBuild', 'cpu', 'torchWheelWindowsPypi'); // PyPI (and its mirrors) only carry CPU wheels for Windows
  } else if (torchVersion && !tag && os === 'windows') {
    set('torchBuild', 'cpu', 'torchVersion', 'os');
  } else if (torchVersion && !tag && (os === 'linux' || os === 'wsl2')) {
    const pypiCuda = torchPypiDefaultCuda(torchVersion);
    if (pypiCuda) {
      set('torchBuild', 'cuda', 'torchVersion');
      set('torchBuildCuda', pypiCuda, 'torchVersion');
    }
  }

  // --- driver: the CUDA it supports, and the one the torch build needs
  const driver = str('driverVersion');
  if (driver && !get('driverCudaMax')) {
    const max = maxCudaForDriver(driver, os);
    if (max) set('driverCudaMax', max, 'driverVersion');
  }
  const buildCuda = str('torchBuildCuda');
  if (buildCuda) {
    const min = minDriverForCuda(buildCuda, os);
    if (min) set('torchMinDriver', min, 'torchBuildCuda');
  }

  // --- CUDA version asked for by a DLL / .so name (cudart64_110.dll, libcudart.so.11.0)
  const libSuffix = str('cudartSuffix');
  if (libSuffix) {
    const v = cudaFromLibSuffix(libSuffix);
    if (v) set('cudaRequested', v, 'cudartSuffix');
  }

  // --- GPU compute capability: printed by TF / nvidia-smi, or looked up from the model name
  const major = str('ccMajor');
  const minor = str('ccMinor');
  if (major !== undefined && minor !== undefined && !get('gpuCC')) set('gpuCC', `${major}.${minor}`, 'ccMajor');
  if (!get('gpuCC')) {
    const names = get('gpuName')?.value;
    for (const name of Array.isArray(names) ? names : []) {
      const cc = computeCapabilityOf(name);
      if (cc) { set('gpuCC', cc, 'gpuName'); break; }
    }
  }

  // --- TensorFlow on native Windows after 2.10 never registers a GPU
  const tf = str('tfVersion');
  if (tf && compareVersions(tf, '2.11') !== undefined) set('tfVersionNumber', tf, 'tfVersion');
  return facts;
}
