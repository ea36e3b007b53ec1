// What `gpu-doctor scan` recommends: for each framework installed (PyTorch when none is), the planner's
// choice for this machine — the same choice `fix` makes (chooseKeeping) — for the interpreter that holds it.
import { rawScanFacts } from './facts.js';
import type { PythonInfo, ScanData } from './model.js';
import { chooseKeeping, constraintsFor, planOs, type Choice, type FactValues } from '../plan/advice.js';
import { plan } from '../plan/planner.js';
import type { Combination, Constraints, Framework } from '../plan/types.js';

export interface FrameworkAdvice {
  framework: Framework;
  /** the installed release and the interpreter it is in; absent when the framework is not installed */
  installed?: { version: string; python: string };
  constraints: Constraints;
  choice: Choice;
  /** the newest combination for this machine, when the choice kept an older installed release */
  newest?: Combination;
}

const TF_PACKAGES = ['tensorflow', 'tensorflow-gpu', 'tensorflow-intel', 'tensorflow-cpu'];

function installedIn(py: PythonInfo, framework: Framework): string | undefined {
  const pkg = (names: string[]) => py.packages.find((p) => names.includes(p.name.toLowerCase()))?.version;
  return framework === 'pytorch' ? py.torch?.version ?? pkg(['torch']) : py.tf?.version ?? pkg(TF_PACKAGES);
}

/** Interpreters in the order the scan judges them: the one on PATH first. */
const ordered = (pythons: PythonInfo[]): PythonInfo[] => [...pythons].filter((p) => !p.error).sort((a, b) => Number(b.onPath) - Number(a.onPath));

export function scanAdvice(data: ScanData, facts: FactValues = rawScanFacts(data).facts): FrameworkAdvice[] {
  const pythons = ordered(data.pythons);
  const out: FrameworkAdvice[] = [];
  const frameworks: Framework[] = ['pytorch', 'tensorflow'];
  const holders = frameworks.map((f) => [f, pythons.find((p) => installedIn(p, f))] as const).filter(([, p]) => p);
  const wanted = holders.length ? holders : [['pytorch', pythons[0]] as const];
  for (const [framework, py] of wanted) {
    const version = py ? installedIn(py, framework) : undefined;
    const c = constraintsFor(framework, facts, { os: planOs(data.system.os), ...(py?.version ? { python: py.version } : {}) });
    if (!c) continue;
    const choice = chooseKeeping(c, version);
    const advice: FrameworkAdvice = { framework, constraints: c, choice, ...(version && py ? { installed: { version, python: py.path } } : {}) };
    if (choice.kept) {
      const newest = plan(c).combinations[0];
      if (newest && newest.version !== choice.best?.version && newest.driver !== 'required') advice.newest = newest;
    }
    out.push(advice);
  }
  return out;
}
