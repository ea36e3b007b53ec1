// The one place where `scan` and `fix` ask the planner what to install: constraints from a scan's (or a
// log's) facts, and a choice that keeps the installed release when a build of it fits this machine
// (exact release, then its minor), else the best of any release.
import type { FactMap } from '../facts/derive.js';
import { driverFloor } from '../knowledge/driver-floor.js';
import { majorMinor } from '../knowledge/version.js';
import { constraintsFromFacts } from './constraints.js';
import { plan } from './planner.js';
import { matchesPin } from './common.js';
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

/** Why the installed release was not kept: no build for this Python / for this GPU, not in the tables, or a driver upgrade. */
export type NotKept = 'python' | 'gpu' | 'unknown-release' | 'driver';

export interface Choice {
  /** the plan the choice was taken from (its noFit says why when nothing fits) */
  plan: Plan;
  /** undefined: no combination for this machine */
  best?: Combination;
  /** best is the installed release (or another patch of its minor) */
  kept: boolean;
  /** set when a release was installed and is not kept */
  notKept?: NotKept;
}

/** "2.1.2+cpu" → "2.1.2"; "1.13.0a0+gitunknown" → "1.13.0": the release a build belongs to. */
export const releaseOf = (installed: string | undefined): string | undefined => /^\d+\.\d+(?:\.\d+)?/.exec(installed ?? '')?.[0];

const works = (x: Combination | undefined): x is Combination => !!x && x.driver !== 'required';

const NOT_KEPT: Record<string, NotKept> = { 'plan.reason.python': 'python', 'plan.reason.pinGpu': 'gpu', 'plan.reason.gpu': 'gpu', 'plan.reason.pin': 'unknown-release' };

/**
 * The installed release when one of its builds runs here without a driver upgrade (its own wheel index
 * first, else another patch of its minor), else the best of any release. When every choice needs a newer driver, the installed release
 * is kept (the driver is the step). Two planner runs at most: the installed minor, then any release.
 */
export function chooseKeeping(c: Constraints, installed?: string): Choice {
  const release = releaseOf(installed);
  let held: Choice | undefined;
  let notKept: NotKept | undefined;
  if (release) {
    const p = plan({ ...c, version: majorMinor(release) }, { limit: Number.POSITIVE_INFINITY });
    const exact = p.combinations.filter((x) => matchesPin(x.version, release));
    // a CUDA build that runs here stays on its own wheel index (2.0.1+cu118 is not moved to cu117)
    const tag = /\+(cu\d{2,3})\b/.exec(installed ?? '')?.[1];
    const best = exact.find((x) => x.wheelIndex === tag && works(x)) ?? exact.find(works) ?? p.combinations.find(works);
    if (best) return { plan: p, best, kept: true };
    if (p.combinations.length) held = { plan: p, best: exact[0] ?? p.combinations[0], kept: true };
    notKept = p.combinations.length ? 'driver' : NOT_KEPT[p.noFit?.reasons[0]?.key ?? ''] ?? 'unknown-release';
  }
  const open = plan({ ...c, version: undefined });
  const best = open.combinations[0];
  if (works(best) || !held) return { plan: open, best, kept: false, ...(notKept ? { notKept } : {}) };
  return held;
}
