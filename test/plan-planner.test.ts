// Table-driven cases for the planner: the verdicts the knowledge notes spell out (RTX 50xx needs cu128+ and
// torch >= 2.7, GTX 10xx needs cu126 from torch 2.8, native Windows TF ends at 2.10, cc 3.0 fits nothing).
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/planner.js';
import { compareVersions } from '../src/knowledge/version.js';
import { driverFloor } from '../src/knowledge/driver-floor.js';
import { table } from '../src/knowledge/tables.js';
import type { Combination, Constraints } from '../src/plan/types.js';

const ge = (a: string, b: string): boolean => (compareVersions(a, b) ?? -1) >= 0;
const cudaOfWheel = (w: string): string => `${w.slice(2, -1)}.${w.slice(-1)}`;

describe('PyTorch', () => {
  it.each([
    ['RTX 5090 on Linux', { os: 'linux', cc: '12.0', driver: '575.51.03', python: '3.12' }],
    ['RTX 5080 on Windows', { os: 'windows', cc: '12.0', driver: '576.02', python: '3.11' }],
  ] as const)('%s: only torch >= 2.7 with a cu128-or-newer wheel', (_n, c) => {
    const p = plan({ framework: 'pytorch', ...c });
    expect(p.combinations.length).toBeGreaterThan(0);
    for (const x of p.combinations) {
      expect(ge(x.version, '2.7')).toBe(true);
      expect(ge(cudaOfWheel(x.wheelIndex!), '12.8')).toBe(true);
    }
    expect(p.combinations[0]!.driver).not.toBe('required');
  });

  it('GTX 1060 (6.1): from torch 2.8 on only cu126 wheels, never cu128+', () => {
    const p = plan({ framework: 'pytorch', os: 'linux', cc: '6.1', driver: '560.35.03', python: '3.12' }, { limit: 1000 });
    const recent = p.combinations.filter((x) => ge(x.version, '2.8'));
    expect(recent.length).toBeGreaterThan(0);
    expect(new Set(recent.map((x) => x.wheelIndex))).toEqual(new Set(['cu126']));
    expect(p.combinations[0]!.wheelIndex).toBe('cu126');
  });

  it('GTX 1060 on Windows: cu126 through its own Windows list (which has sm_61), not inferred', () => {
    const best = plan({ framework: 'pytorch', os: 'windows', gpuName: 'GTX 1060', cc: '6.1', driver: '531.14', python: '3.11' }).combinations[0]!;
    expect(best.wheelIndex).toBe('cu126');
    expect(best.archInferred).toBeUndefined();
    expect(best.commands[0]).toMatch(/^python -m pip install torch==\S+ .*--index-url https:\/\/download\.pytorch\.org\/whl\/cu126$/);
  });

  it('Tesla K80 (3.7): the newest release with a cu118 wheel', () => {
    const best = plan({ framework: 'pytorch', os: 'linux', cc: '3.7' }).combinations[0]!;
    expect(best.wheelIndex).toBe('cu118');
    const newestCu118 = table('pytorch-builds').filter((r) => /cu118/.test(r.cuda_wheels!) && !/planned/.test(r.status!))[0]!;
    expect(best.version).toBe(newestCu118.torch_version);
  });

  it('an old driver keeps the best on a CUDA it runs, and flags the upgrade on the others', () => {
    const p = plan({ framework: 'pytorch', os: 'linux', cc: '8.6', driver: '470.82.01', python: '3.10' }, { limit: 1000 });
    expect(p.combinations[0]!.cuda.startsWith('11.')).toBe(true);
    expect(p.combinations[0]!.driver).not.toBe('required');
    const cu12 = p.combinations.filter((x) => x.cuda.startsWith('12.'));
    expect(cu12.length).toBeGreaterThan(0);
    for (const x of cu12) expect(x.driver).toBe('required');
  });

  it('a pinned release without code for the GPU: no fit, and the newest that support it', () => {
    const p = plan({ framework: 'pytorch', os: 'linux', cc: '12.0', version: '2.5' });
    expect(p.combinations).toEqual([]);
    expect(p.noFit!.reasons[0]!.key).toBe('plan.reason.pinGpu');
    expect(p.noFit!.relaxed.length).toBeGreaterThan(0);
    for (const x of p.noFit!.relaxed) expect(ge(x.version, '2.7')).toBe(true);
  });

  it('RTX 5090 on Windows pinned to 2.4 / on Python 3.8: no fit (the cu118 wheel\'s compute_37 PTX is no code for sm_120)', () => {
    // arch-support.md: RTX 50xx needs torch >= 2.7 with cu128; the Windows cu11x lists end "3.7+PTX", Kepler PTX
    // that no driver able to run an sm_120 GPU JIT-compiles (CUDA 12.8, the first toolkit for it, starts at 5.0)
    const pinned = plan({ framework: 'pytorch', os: 'windows', gpuName: 'GeForce RTX 5090', cc: '12.0', version: '2.4' });
    expect(pinned.combinations).toEqual([]);
    expect(pinned.noFit!.reasons.map((r) => r.key)).toEqual(['plan.reason.pinGpu']);
    for (const x of pinned.noFit!.relaxed) expect(x.gpu).toBe('sass');
    // torch 2.4 is the last release for Python 3.8: nothing with sm_120 code is left
    const py38 = plan({ framework: 'pytorch', os: 'windows', cc: '12.0', python: '3.8' });
    expect(py38.combinations).toEqual([]);
    expect(py38.noFit!.reasons.map((r) => r.key)).toEqual(['plan.reason.python']);
  });

  it('the same compute_37 PTX still serves an H100 (9.0) on Windows torch 1.13: CUDA 11.8 targets both 3.7 and 9.0', () => {
    const p = plan({ framework: 'pytorch', os: 'windows', gpuName: 'H100', cc: '9.0', version: '1.13' });
    expect(p.combinations.length).toBeGreaterThan(0);
    for (const x of p.combinations) expect(x.gpu).toBe('ptx');
  });

  it('1.x wheels use the +cuXYZ local version except the PyPI default', () => {
    const p = plan({ framework: 'pytorch', os: 'linux', version: '1.12.1' }, { limit: 10 });
    const byWheel = new Map(p.combinations.map((x) => [x.wheelIndex, x.commands[0]]));
    expect(byWheel.get('cu102')).toMatch(/torch==1\.12\.1 torchvision==0\.13\.1 /);
    expect(byWheel.get('cu116')).toMatch(/torch==1\.12\.1\+cu116 .* -f https:\/\/download\.pytorch\.org\/whl\/torch_stable\.html$/);
  });
});

describe('TensorFlow', () => {
  const native = (xs: Combination[]): Combination | undefined => xs.find((x) => x.route === 'tf-windows-native');

  it('Windows + Python 3.10: native TF 2.10 with CUDA 11.2 / cuDNN 8.1 next to the WSL2 route', () => {
    const p = plan({ framework: 'tensorflow', os: 'windows', cc: '8.9', driver: '531.14', python: '3.10' });
    const n = native(p.combinations)!;
    expect([n.version, n.cuda, n.cudnn]).toEqual(['2.10.0', '11.2', '8.1']);
    expect(n.commands).toContain('conda install -c conda-forge cudatoolkit=11.2 cudnn=8.1.0');
    expect(n.commands.some((c) => c.includes('"tensorflow==2.10.*"'))).toBe(true);
    expect(n.sources[0]).toMatchObject({ table: 'tensorflow-tested-builds.csv' });
    expect(n.sources[0]!.cells).toContain('os=windows');
    const best = p.combinations[0]!;
    expect(best.route).toBe('tf-wsl2');
    expect(best.commands.some((c) => c.includes('tensorflow[and-cuda]'))).toBe(true);
    expect(p.notes.map((n) => n.key)).toContain('plan.note.tfWindowsEnds');
  });

  it('Windows + Python 3.11: no native route, and the plan says why', () => {
    const p = plan({ framework: 'tensorflow', os: 'windows', cc: '8.9', python: '3.11' }, { limit: 100 });
    expect(native(p.combinations)).toBeUndefined();
    expect(p.notes.find((n) => n.key === 'plan.note.tfWindowsNativePython')?.vars).toMatchObject({ python: '3.11', max: '3.10' });
  });

  it('Linux: tensorflow[and-cuda] from 2.14, system CUDA + cuDNN before', () => {
    const p = plan({ framework: 'tensorflow', os: 'linux', cc: '8.6' }, { limit: 1000 });
    for (const x of p.combinations) {
      const extra = x.commands.some((c) => c.includes('tensorflow[and-cuda]=='));
      expect(extra).toBe(ge(x.version, '2.14'));
      expect(x.bundled).toBe(extra);
      // before 2.14: CUDA 11.2 + cuDNN 8.1 from conda-forge (the guide's recipe), any other CUDA installed on the system
      if (!extra && x.cuda === '11.2' && x.cudnn === '8.1') expect(x.commands).toContain('conda install -c conda-forge cudatoolkit=11.2 cudnn=8.1.0');
      else if (!extra) expect(x.notes.map((n) => n.key)).toContain('plan.note.installSystemCuda');
    }
  });

  it('Python 3.14 on Linux: nothing fits, with the supported ranges', () => {
    const p = plan({ framework: 'tensorflow', os: 'linux', cc: '8.9', python: '3.14' });
    expect(p.combinations).toEqual([]);
    expect(p.noFit!.reasons[0]!.key).toBe('plan.reason.python');
    expect(p.noFit!.relaxed[0]!.framework).toBe('tensorflow');
  });

  it('RTX 50xx: TensorFlow only through PTX JIT, and says so', () => {
    const p = plan({ framework: 'tensorflow', os: 'linux', cc: '12.0' });
    expect(p.combinations.length).toBeGreaterThan(0);
    for (const x of p.combinations) {
      expect(x.gpu).toBe('ptx');
      expect(x.notes.map((n) => n.key)).toContain('plan.note.gpu.ptx');
    }
  });
});

describe('no combination fits', () => {
  it.each(['pytorch', 'tensorflow'] as const)('compute capability 3.0 with %s: the toolkit and release a source build needs', (framework) => {
    const p = plan({ framework, os: 'linux', cc: '3.0' });
    expect(p.combinations).toEqual([]);
    expect(p.noFit!.reasons.map((r) => r.key)).toEqual(['plan.reason.gpu']);
    const sb = p.noFit!.sourceBuild!;
    const tk = table('arch-support').find((r) => r.subject === sb.toolkit)!;
    expect(ge('3.0', tk.min_cc!)).toBe(true);
    // no newer toolkit row can target 3.0
    for (const r of table('arch-support').filter((r) => r.kind === 'cuda_toolkit' && ge(/\d+\.\d+/.exec(r.subject!)![0], /\d+\.\d+/.exec(sb.toolkit)![0]) && r !== tk)) {
      expect(ge('3.0', r.min_cc!)).toBe(false);
    }
    expect(sb.version).toBe(framework === 'pytorch' ? '1.12.1' : '2.3.0');
  });

  it('macOS has no CUDA route', () => {
    const p = plan({ framework: 'pytorch', os: 'macos', cc: '8.9' });
    expect(p.combinations).toEqual([]);
    expect(p.noFit!.reasons[0]!.key).toBe('plan.reason.macos');
  });
});

describe('driverFloor', () => {
  it.each([
    ['12.4', false, '525.60.13', '550.54.14'],
    ['12.4', true, '527.41', '551.61'],
    ['13.0', false, '580.65.06', '580.65.06'],
    ['13.0', true, '580', undefined], // Windows columns are N/A in the 13.x notes: the family floor only
    ['11.8', true, '452.39', '520.06'],
    ['10.2', false, '440.33', '440.33'], // no minor-version compatibility before 11
  ])('CUDA %s (windows=%s): floor %s, toolkit %s', (cuda, windows, floor, toolkit) => {
    const f = driverFloor(cuda, windows)!;
    expect(f.floor).toBe(floor);
    expect(f.toolkit).toBe(toolkit);
  });
});

describe('input constraints', () => {
  const base: Constraints = { framework: 'pytorch', os: 'linux' };
  it('no GPU given: coverage is reported unknown, not guessed', () => {
    const p = plan(base);
    expect(p.combinations.every((x) => x.gpu === 'unknown')).toBe(true);
    expect(p.notes.map((n) => n.key)).toEqual(expect.arrayContaining(['plan.note.gpuUnknown', 'plan.note.driverUnknown']));
  });
});
