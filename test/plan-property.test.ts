// Property: over a generated grid of machines, every combination the planner recommends satisfies every
// constraint in the tables — OS, compute capability, Python range, driver floor, pinned version — checked
// here straight from the table rows, without the planner's own helpers.
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/planner.js';
import { table } from '../src/knowledge/tables.js';
import type { Combination, Constraints, Framework, Plan } from '../src/plan/types.js';
import en from '../locales/en.json' with { type: 'json' };
import zh from '../locales/zh-CN.json' with { type: 'json' };

type Row = Record<string, string>;

// ---- independent readings of the tables
const num = (v: string): number[] => v.split('.').map(Number);
function cmp(a: string, b: string): number {
  const x = num(a), y = num(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return 0;
}
const first = (cell: string | undefined): string | undefined => /\d+\.\d+(\.\d+)?/.exec(cell ?? '')?.[0];
const mm = (v: string): string => v.split('.').slice(0, 2).join('.');

function floorFor(cuda: string, windows: boolean): string {
  const major = Number(cuda.split('.')[0]);
  if (major >= 11) {
    const fam = table('cuda-minor-version-compat').find((r) => r.cuda_major === `${major}.x`)!;
    return /\b\d{3}\.\d+(\.\d+)?/.exec(windows ? fam.min_windows_exact! : fam.min_linux_exact!)?.[0] ?? /\d{3}/.exec(fam.min_driver_family!)![0];
  }
  const col = windows ? 'min_driver_windows' : 'min_driver_linux';
  return table('cuda-driver-min').filter((r) => r.cuda_version === cuda).map((r) => first(r[col])!).sort(cmp)[0]!;
}

function covers(archList: string, cc: string): boolean {
  const [M, m] = num(cc);
  return [...archList.matchAll(/(\d+)\.(\d+)(\+PTX)?/g)].some((e) =>
    (Number(e[1]) === M && Number(e[2]) <= m!) || (!!e[3] && cmp(`${e[1]}.${e[2]}`, cc) <= 0));
}

function pythonRangesOf(x: Combination): [string, string][] {
  if (x.framework === 'pytorch') {
    const row = table('pytorch-builds').find((r) => r.torch_version === x.version)!;
    return [[first(row.python_min)!, first(row.python_max)!]];
  }
  const row = table('tensorflow-tested-builds').find((r) => r.tf_version === x.version && r.device === 'gpu' && r.os === (x.os === 'windows' ? 'windows' : 'linux'))!;
  return [...row.python_versions_raw!.matchAll(/(\d+\.\d+)(?:-(\d+\.\d+))?/g)].map((m) => [m[1]!, m[2] ?? m[1]!]);
}

function cited(x: Combination, name: string): Row[] {
  return x.sources.filter((s) => s.table === `${name}.csv`).map((s) => table(name)[s.line - 2]!);
}

/** Every constraint, read from the rows; `relaxed` combinations may ignore Python and the pin. */
function check(c: Constraints, x: Combination, relaxed = false): void {
  // plain throws: vitest's expect is too slow for ~10k combinations on a shared machine
  const must = (cond: boolean, what: string): void => {
    if (!cond) throw new Error(`${what}: ${JSON.stringify({ c, v: x.version, w: x.wheelIndex, route: x.route, gpu: x.gpu, driver: x.driver, minDriver: x.minDriver })}`);
  };
  // OS
  if (x.route === 'tf-wsl2') must(c.os === 'windows', 'WSL2 route only offered to Windows');
  else must(x.os === c.os, 'same OS');
  // the framework row exists for this OS and CUDA build
  if (x.framework === 'pytorch') {
    const row = table('pytorch-builds').find((r) => r.torch_version === x.version)!;
    must(row.cuda_wheels!.split(/[;\s]/).includes(x.wheelIndex!), 'wheel listed for the release');
  } else {
    const row = table('tensorflow-tested-builds').find((r) => r.tf_version === x.version && r.device === 'gpu' && r.os === (x.os === 'windows' ? 'windows' : 'linux'));
    must(!!row, 'tested GPU build for this OS');
    must(x.cuda.startsWith(row!.cuda!), 'tested CUDA');
    if (x.os === 'windows') must(cmp(x.version, '2.10.0') <= 0, 'native Windows GPU only up to 2.10');
  }
  // Python
  if (c.python && !relaxed) must(pythonRangesOf(x).some(([lo, hi]) => cmp(c.python!, lo) >= 0 && cmp(c.python!, hi) <= 0), 'Python in range');
  // pinned version
  if (c.version && !relaxed) must(c.version.split('.').length >= 3 ? x.version === c.version : mm(x.version) === mm(c.version), 'pinned version');
  // driver floor
  const floor = floorFor(x.cuda, x.os !== 'linux');
  must(x.minDriver === floor, `driver floor ${floor}`);
  if (c.driver) must((x.driver === 'required') === (cmp(c.driver, floor) < 0), 'upgrade flagged exactly when below the floor');
  else must(x.driver === 'unknown', 'no driver, no verdict');
  // compute capability
  if (!c.cc) { must(x.gpu === 'unknown', 'no GPU, no verdict'); return; }
  must(x.gpu !== 'none', 'GPU covered');
  const arch = cited(x, 'arch-support');
  if (x.framework === 'pytorch') {
    const wheelRow = arch.find((r) => r.kind === 'pytorch_wheel');
    must(!!wheelRow, 'cites the wheel arch row');
    must(covers(wheelRow!.arch_list!, c.cc), 'arch list covers the GPU');
    if (!x.archInferred) must(wheelRow!.os === (x.os === 'windows' ? 'windows' : 'linux'), 'arch row of this OS');
  } else {
    const pip = arch.find((r) => r.kind === 'tensorflow_pip')!;
    const tk = arch.find((r) => r.kind === 'cuda_toolkit')!;
    must(cmp(c.cc, first(pip.min_cc)!) >= 0 && cmp(c.cc, first(tk.min_cc)!) >= 0, 'TF and its toolkit reach down to the GPU');
    // native code up to the toolkit's newest arch; beyond it only PTX
    must(x.gpu === (num(c.cc)[0]! <= num(first(tk.max_cc)!)[0]! ? 'sass' : 'ptx'), 'SASS within the toolkit, PTX beyond');
  }
}

// ---- the grid: a seeded generator over the values the tables use, plus gaps and out-of-range ones
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function grid(n: number, seed: number): Constraints[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ccs = [...new Set(table('gpu-compute-capability').map((r) => r.compute_capability!))];
  const drivers = (windows: boolean) => table('cuda-driver-min').map((r) => first(windows ? r.min_driver_windows : r.min_driver_linux)).filter((v): v is string => !!v);
  const pythons = ['2.7', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'];
  const out: Constraints[] = [];
  for (let i = 0; i < n; i++) {
    const framework: Framework = pick(['pytorch', 'tensorflow'] as const);
    const os = pick(['windows', 'linux', 'wsl'] as const);
    const versions = framework === 'pytorch' ? table('pytorch-builds').map((r) => r.torch_version!) : table('tensorflow-tested-builds').map((r) => r.tf_version!);
    let driver: string | undefined = rnd() < 0.2 ? undefined : pick(drivers(os !== 'linux'));
    // just below / above a floor, where verdicts flip
    if (driver && rnd() < 0.3) { const p = num(driver); p[1] = Math.max(0, p[1]! + (rnd() < 0.5 ? -1 : 1)); driver = p.join('.'); }
    out.push({
      framework, os,
      cc: rnd() < 0.15 ? undefined : pick(ccs),
      driver,
      python: rnd() < 0.2 ? undefined : pick(pythons),
      version: rnd() < 0.3 ? (rnd() < 0.5 ? pick(versions) : mm(pick(versions))) : undefined,
    });
  }
  return out;
}

const cases = grid(250, 20240601);
const noteKeys = (p: Plan): string[] => [...p.notes, ...p.combinations.flatMap((x) => x.notes), ...(p.noFit?.reasons ?? []), ...(p.noFit?.relaxed ?? []).flatMap((x) => x.notes)].map((n) => n.key);

describe('every recommended combination satisfies the tables', () => {
  it('over a generated grid of machines', () => {
    let fits = 0;
    let noFit = 0;
    const keys = new Set<string>();
    for (const c of cases) {
      const p = plan(c, { limit: 1000 });
      for (const x of p.combinations) check(c, x);
      for (const x of p.noFit?.relaxed ?? []) check(c, x, true);
      if (p.combinations.length) fits++;
      else { noFit++; expect(p.noFit?.reasons.length, JSON.stringify(c)).toBeGreaterThan(0); }
      // a set-up that needs no driver upgrade always ranks above one that does
      const firstRequired = p.combinations.findIndex((x) => x.driver === 'required');
      if (firstRequired >= 0) expect(p.combinations.slice(firstRequired).every((x) => x.driver === 'required')).toBe(true);
      for (const k of noteKeys(p)) keys.add(k);
    }
    for (const k of keys) {
      expect(en, k).toHaveProperty([k]);
      expect(zh, k).toHaveProperty([k]);
    }
    // the grid must exercise both outcomes, or it proves little
    expect(fits).toBeGreaterThan(50);
    expect(noFit).toBeGreaterThan(15);
  });

  it('the shortened list is the head of the full ranking plus alternatives from it', () => {
    for (const c of cases.slice(0, 40)) {
      const all = plan(c, { limit: 1000 }).combinations;
      const short = plan(c).combinations;
      expect(short[0]).toEqual(all[0]);
      expect(short.length).toBe(Math.min(4, all.length));
    }
  });
});
