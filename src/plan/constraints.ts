// Constraints for the planner: from command-line flags (validated: a bad value is a one-line usage error),
// or from facts — a log's or a live scan's FactMap — so `scan` and `fix` can ask the same planner.
import { UsageError } from '../errors.js';
import type { FactMap } from '../facts/derive.js';
import { computeCapabilityOf, table } from '../knowledge/tables.js';
import { majorMinor } from '../knowledge/version.js';
import type { Constraints, Framework, PlanOs } from './types.js';

export interface PlanFlags {
  framework?: string;
  os?: string;
  gpu?: string;
  cc?: string;
  driver?: string;
  python?: string;
  version?: string;
}

const FRAMEWORKS: Record<string, Framework> = { tensorflow: 'tensorflow', tf: 'tensorflow', pytorch: 'pytorch', torch: 'pytorch' };
const OSES: Record<string, PlanOs> = { windows: 'windows', win: 'windows', linux: 'linux', wsl: 'wsl', wsl2: 'wsl' };

/** Checks each flag given; returns only those (missing ones may still come from a scan). */
export function constraintsFromFlags(f: PlanFlags): Partial<Constraints> {
  const out: Partial<Constraints> = {};
  if (f.framework !== undefined) {
    out.framework = FRAMEWORKS[f.framework.toLowerCase()];
    if (!out.framework) throw new UsageError('usage.framework', { value: f.framework });
  }
  if (f.os !== undefined) {
    out.os = OSES[f.os.toLowerCase()];
    if (!out.os) throw new UsageError('usage.os', { value: f.os });
  }
  if (f.cc !== undefined) {
    if (!/^\d{1,2}\.\d$/.test(f.cc)) throw new UsageError('usage.cc', { value: f.cc });
    out.cc = f.cc;
  }
  if (f.gpu !== undefined) {
    const cc = computeCapabilityOf(f.gpu);
    if (!cc && out.cc === undefined) throw new UsageError('usage.gpu', { value: f.gpu });
    out.gpuName = f.gpu;
    out.cc ??= cc; // an explicit --cc wins over the table
  }
  if (f.driver !== undefined) {
    if (!/^\d{3}(\.\d{1,3}){0,2}$/.test(f.driver)) throw new UsageError('usage.driver', { value: f.driver });
    out.driver = f.driver;
  }
  if (f.python !== undefined) {
    if (!/^[23]\.\d{1,2}(\.\d+)?$/.test(f.python)) throw new UsageError('usage.python', { value: f.python });
    out.python = majorMinor(f.python);
  }
  if (f.version !== undefined) {
    if (!/^\d+\.\d+(\.\d+)?$/.test(f.version)) throw new UsageError('usage.version', { value: f.version });
    out.version = f.version;
  }
  if (out.version && out.framework) checkKnownVersion(out.framework, out.version);
  return out;
}

function checkKnownVersion(framework: Framework, version: string): void {
  const versions = framework === 'pytorch'
    ? table('pytorch-builds').map((r) => r.torch_version!)
    : table('tensorflow-tested-builds').map((r) => r.tf_version!);
  // a patch release the tables do not list (2.10.1) is accepted when its minor release is known
  if (!versions.some((v) => v === version || majorMinor(v) === majorMinor(version))) {
    throw new UsageError('usage.unknownVersion', { framework, version, oldest: versions[versions.length - 1]!, newest: versions[0]! });
  }
}

const str = (facts: FactMap, name: string): string | undefined => {
  const v = facts.get(name)?.value;
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return v === undefined || typeof v === 'boolean' ? undefined : String(v);
};

/**
 * Planner constraints from facts (names as in docs/RULES.md: os, driverVersion, gpuName, gpuCC,
 * pythonVersion; torchVersion / tfVersion pick the framework when only one is present).
 * WSL1 maps to wsl: its lack of GPU access is a finding of its own (wsl1-no-gpu).
 */
export function constraintsFromFacts(facts: FactMap): Partial<Constraints> {
  const out: Partial<Constraints> = {};
  const os = str(facts, 'os');
  if (os === 'windows' || os === 'linux' || os === 'macos') out.os = os;
  else if (os === 'wsl2' || os === 'wsl1' || os === 'wsl') out.os = 'wsl';
  const driver = str(facts, 'driverVersion');
  if (driver && /^\d{3}(\.\d+){0,2}$/.test(driver)) out.driver = driver;
  const names = facts.get('gpuName')?.value;
  const list = (Array.isArray(names) ? names : names === undefined ? [] : [String(names)]).map(String);
  if (list.length) out.gpuName = list[0];
  const cc = str(facts, 'gpuCC');
  if (cc && /^\d{1,2}\.\d$/.test(cc)) out.cc = cc;
  else {
    for (const name of list) {
      const found = computeCapabilityOf(name);
      if (found) { out.cc = found; out.gpuName = name; break; }
    }
  }
  const py = str(facts, 'pythonVersion');
  if (py && /^[23]\.\d+/.test(py)) out.python = majorMinor(py);
  const torch = facts.has('torchVersion');
  const tf = facts.has('tfVersion');
  if (torch !== tf) out.framework = torch ? 'pytorch' : 'tensorflow';
  return out;
}

/** Flags win over facts; the framework and the OS must be known in the end. */
export function mergeConstraints(flags: Partial<Constraints>, facts: Partial<Constraints>): Constraints {
  const merged = { ...facts, ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) } as Partial<Constraints>;
  if (!merged.framework) throw new UsageError('usage.frameworkRequired');
  if (!merged.os) throw new UsageError('usage.osRequired');
  if (merged.version) checkKnownVersion(merged.framework, merged.version);
  return merged as Constraints;
}
