// pip in a named interpreter (`<python> -m pip …`, never a bare `pip` that may belong to another Python), and
// the PyTorch CUDA wheel to install, as the planner (src/plan) chooses it for this machine.
import { chooseKeeping, constraintsFor, type FactValues } from '../plan/advice.js';
import type { Combination, Constraints } from '../plan/types.js';
import type { Runner } from './types.js';
import { FixError } from './messages.js';

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
    if (/No module named pip|not found|ENOENT|cannot find/i.test(r.stderr)) throw new FixError('error.cannotRunPip', { python, detail: r.stderr.trim().split('\n').pop() ?? '' });
  }
  const found = parsePipShow(r.stdout);
  return Object.fromEntries(packages.map((p) => [p, found.get(p.toLowerCase()) ?? null]));
}

export interface TorchWheelChoice {
  torch: string;
  tag: string;
  indexUrl: string;
  /** torchvision / torchaudio versions of the planner's combination (when the table names them) */
  companions: Record<string, string>;
  /** the planner's combination (driver verdict, GPU coverage, notes, table rows) */
  combination: Combination;
  /** the installed torch release is kept */
  kept: boolean;
}

/** `name==version` pins of the planner's pip command ("torchvision==0.13.1+cu113" → 0.13.1). */
function pinsOf(command: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (command ?? '').matchAll(/(?:^|\s)"?(torch|torchvision|torchaudio)==(\d[\w.]*?)(?:\+\w+)?"?(?=\s|$)/g)) out.set(m[1]!, m[2]!);
  return out;
}

/**
 * The CUDA wheel of torch for these constraints, as the planner ranks them (compute capability, OS, Python,
 * driver): the installed release when one of its wheels runs here, else the best release. Undefined when
 * the driver is unknown (no wheel can be chosen for it) or nothing fits.
 */
export function torchWheelFor(c: Constraints, installedTorch?: string): TorchWheelChoice | undefined {
  if (!c.driver || c.framework !== 'pytorch') return undefined;
  const { best, kept } = chooseKeeping(c, installedTorch);
  if (!best?.wheelIndex) return undefined;
  const pins = pinsOf(best.commands[0]);
  const companions: Record<string, string> = {};
  for (const name of ['torchvision', 'torchaudio']) if (pins.get(name)) companions[name] = pins.get(name)!;
  return { torch: best.version, tag: best.wheelIndex, indexUrl: `${TORCH_INDEX}/${best.wheelIndex}`, companions, combination: best, kept };
}

/** The same choice from loose values (facts named as in docs/RULES.md); `os` defaults to Linux. */
export function chooseTorchWheel(opts: { driverCudaMax?: string; driverVersion?: string; os?: string; torchVersion?: string; cc?: string; gpuName?: string; python?: string }): TorchWheelChoice | undefined {
  const facts: FactValues = new Map();
  const put = (name: string, value: string | undefined): void => { if (value) facts.set(name, { value }); };
  put('os', opts.os ?? 'linux');
  put('driverVersion', opts.driverVersion);
  put('driverCudaMax', opts.driverCudaMax);
  put('gpuCC', opts.cc);
  put('gpuName', opts.gpuName);
  put('pythonVersion', opts.python);
  const c = constraintsFor('pytorch', facts);
  return c && torchWheelFor(c, opts.torchVersion);
}

/** The index a version with a local tag came from: 2.1.0+cpu → …/whl/cpu, 2.1.0+cu118 → …/whl/cu118. */
export function indexForLocalVersion(version: string): string | undefined {
  const tag = /\+((?:cpu|cu\d{2,3}|rocm\d+(?:\.\d+)*))$/.exec(version)?.[1];
  return tag ? `${TORCH_INDEX}/${tag}` : undefined;
}
