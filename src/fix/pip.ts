// pip in a named interpreter (`<python> -m pip …`, never a bare `pip` that may belong to another Python), and
// the choice of the PyTorch CUDA wheel index from the driver, using the version tables.
import { maxCudaForDriver, table, type OsName } from '../knowledge/tables.js';
import { compareVersions } from '../knowledge/version.js';
import { cudaFromWheelTag } from '../facts/derive.js';
import type { Runner } from './types.js';

export const TORCH_INDEX = 'https://download.pytorch.org/whl';

/** Parses `python -m pip show A B` (blocks separated by "---"): name (lower-case) → version. */
export function parsePipShow(output: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of output.split(/^---\s*$/m)) {
    const name = /^Name:\s*(\S+)/m.exec(block)?.[1];
    const version = /^Version:\s*(\S+)/m.exec(block)?.[1];
    if (name && version) out.set(name.toLowerCase(), version);
  }
  return out;
}

export async function installedVersions(run: Runner, python: string, packages: string[]): Promise<Record<string, string | null>> {
  const r = await run(python, ['-m', 'pip', 'show', ...packages], { timeoutMs: 60_000 });
  // pip show exits 1 when one of the packages is missing, and still prints the others
  if (r.exitCode !== 0 && !/^Name:/m.test(r.stdout)) {
    if (/No module named pip|not found|ENOENT|cannot find/i.test(r.stderr)) throw new Error(`cannot run pip in ${python}: ${r.stderr.trim().split('\n').pop()}`);
  }
  const found = parsePipShow(r.stdout);
  return Object.fromEntries(packages.map((p) => [p, found.get(p.toLowerCase()) ?? null]));
}

export interface TorchWheelChoice {
  torch: string;
  tag: string;
  indexUrl: string;
  /** torchvision / torchaudio versions released with it (when the table names them) */
  companions: Record<string, string>;
}

const plainVersion = (cell: string | undefined): string | undefined => /^\d+\.\d+(?:\.\d+)?/.exec(cell ?? '')?.[0];

/**
 * The CUDA wheel to install for a driver: the highest cuXXX of the wanted torch release (else of the newest
 * release) whose CUDA the driver supports (nvidia-smi's "CUDA Version" = driverCudaMax).
 */
export function chooseTorchWheel(opts: { driverCudaMax?: string; driverVersion?: string; os?: OsName; torchVersion?: string }): TorchWheelChoice | undefined {
  const maxCuda = opts.driverCudaMax ?? (opts.driverVersion ? maxCudaForDriver(opts.driverVersion, opts.os) : undefined);
  if (!maxCuda) return undefined;
  const released = table('pytorch-builds').filter((r) => r.status === 'released');
  const wanted = plainVersion(opts.torchVersion);
  const ordered = [
    ...released.filter((r) => wanted && compareVersions(r.torch_version!, wanted) === 0),
    ...released.sort((a, b) => (compareVersions(b.torch_version!, a.torch_version!) ?? 0)),
  ];
  for (const row of ordered) {
    const tags = (row.cuda_wheels ?? '').split(';').map((t) => t.trim()).filter((t) => {
      const cuda = cudaFromWheelTag(t);
      return cuda && (compareVersions(cuda, maxCuda) ?? 1) <= 0;
    });
    tags.sort((a, b) => compareVersions(cudaFromWheelTag(b)!, cudaFromWheelTag(a)!) ?? 0);
    const tag = tags[0];
    if (!tag) continue;
    const companions: Record<string, string> = {};
    const tv = plainVersion(row.torchvision);
    const ta = plainVersion(row.torchaudio);
    if (tv) companions.torchvision = tv;
    if (ta) companions.torchaudio = ta;
    return { torch: row.torch_version!, tag, indexUrl: `${TORCH_INDEX}/${tag}`, companions };
  }
  return undefined;
}

/** The index a version with a local tag came from: 2.1.0+cpu → …/whl/cpu, 2.1.0+cu118 → …/whl/cu118. */
export function indexForLocalVersion(version: string): string | undefined {
  const tag = /\+((?:cpu|cu\d{2,3}|rocm\d+(?:\.\d+)*))$/.exec(version)?.[1];
  return tag ? `${TORCH_INDEX}/${tag}` : undefined;
}
