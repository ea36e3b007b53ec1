// The one place where `scan` and `fix` ask the planner what to install: constraints from a scan's (or a
// log's) facts, and a choice that keeps the installed release when a build of it fits this machine
// (exact release, then its minor), else the best of any release.
import type { FactMap } from '../facts/derive.js';
import { driverFloor } from '../knowledge/driver-floor.js';
import { majorMinor } from '../knowledge/version.js';
import { constraintsFromFacts } from './constraints.js';
import { plan } from './planner.js';
import type { Combination, Constraints, Framework, Plan, PlanOs } from './types.js';

/** Facts as a scan, a log or a fix hands them over: only the values are read. */
export type FactValues = Map<string, { value: unknown }>;

/** A scan's / a fix host's OS name in the planner's terms (WSL1 and WSL2 both run the Linux wheels). */
export function planOs(os: string | undefined): PlanOs | undefined {
  if (os === 'windows' || os === 'linux' || os === 'macos') return os;
  if (os === 'wsl' || os === 'wsl1' || os === 'wsl2') return 'wsl';
  return undefined;
}

const scalar = (facts: FactValues, name: string): string | undefined => {
  const v = facts.get(name)?.value;
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === 'string' || typeof one === 'number' ? String(one) : undefined;
};

/**
 * Planner constraints for `framework` from facts (OS, driver, GPU / compute capability, Python); `fallback`
 * fills what the facts leave open (the fix host's OS, the interpreter's own Python version). A driver known
 * only from nvidia-smi's "CUDA Version" counts as that toolkit's own driver: the lowest one that reports it.
 * Undefined when the OS is unknown (the planner needs it).
 */
export function constraintsFor(framework: Framework, facts: FactValues, fallback: Partial<Constraints> = {}): Constraints | undefined {
  const found = constraintsFromFacts(facts as unknown as FactMap);
  delete found.framework;
  const c: Partial<Constraints> = { ...fallback, ...found, framework };
  if (!c.os) return undefined;
  if (fallback.python) c.python = majorMinor(fallback.python) ?? c.python; // the interpreter the advice is for wins
  if (!c.driver) {
    const cudaMax = scalar(facts, 'driverCudaMax');
    const floor = cudaMax ? driverFloor(cudaMax, c.os === 'windows' || c.os === 'wsl') : undefined;
    if (floor?.toolkit) c.driver = floor.toolkit;
  }
  return c as Constraints;
}

export interface Choice {
  /** the plan the choice was taken from (its noFit says why when nothing fits) */
  plan: Plan;
  /** undefined: no combination for this machine */
  best?: Combination;
  /** best is the installed release (or its minor) */
  kept: boolean;
}

/** "2.1.2+cpu" → ["2.1.2", "2.1"]; "1.13.0a0" → ["1.13.0", "1.13"]: the release, then any patch of its minor. */
export function installedPins(installed: string | undefined): string[] {
  const release = /^\d+\.\d+(?:\.\d+)?/.exec(installed ?? '')?.[0];
  if (!release) return [];
  return [...new Set([release, majorMinor(release)!])];
}

const works = (x: Combination | undefined): x is Combination => !!x && x.driver !== 'required';

/**
 * The installed release when one of its builds runs here without a driver upgrade, else the best of any
 * release. When every choice needs a newer driver, the installed release is kept (the driver is the step).
 */
export function chooseKeeping(c: Constraints, installed?: string): Choice {
  const tried: Choice[] = [];
  for (const pin of installedPins(installed)) {
    const p = plan({ ...c, version: pin });
    const best = p.combinations[0];
    if (works(best)) return { plan: p, best, kept: true };
    if (best) tried.push({ plan: p, best, kept: true });
  }
  const open = plan({ ...c, version: undefined });
  const best = open.combinations[0];
  // (a working build of the installed minor would have been found above)
  if (works(best) || tried.length === 0) return { plan: open, best, kept: false };
  return tried[0]!;
}
