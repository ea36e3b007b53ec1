// The plan command's edges: flag validation (one-line usage errors), constraints from facts, the data file
// that reads arch-support subjects, and the localised / JSON output.
import { describe, expect, it, vi } from 'vitest';
import { constraintsFromFacts, constraintsFromFlags, mergeConstraints } from '../src/plan/constraints.js';
import { planCommand } from '../src/cli/plan-command.js';
import { UsageError } from '../src/errors.js';
import { localOs } from '../src/scan/machine-constraints.js';
import { table } from '../src/knowledge/tables.js';
import type { FactMap } from '../src/facts/derive.js';
import archMap from '../src/knowledge/torch-arch-map.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import zh from '../locales/zh-CN.json' with { type: 'json' };

describe('flags', () => {
  it.each([
    [{ framework: 'caffe' }, /unknown --framework "caffe"/],
    [{ os: 'macos' }, /unknown --os "macos"/],
    [{ cc: '89' }, /bad --cc "89"/],
    [{ gpu: 'RTX 9999 Hyper' }, /unknown GPU "RTX 9999 Hyper"/],
    [{ driver: '12.1' }, /bad --driver "12.1"/],
    [{ python: '311' }, /bad --python "311"/],
    [{ version: 'latest' }, /bad --version "latest"/],
    [{ framework: 'pytorch', version: '3.99' }, /no pytorch 3\.99 in the knowledge tables/],
  ])('%j → one-line usage error', (flags, message) => {
    let err: unknown;
    try { constraintsFromFlags(flags); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  it('a GPU name resolves to its compute capability; --cc wins', () => {
    expect(constraintsFromFlags({ gpu: 'NVIDIA GeForce RTX 4060 Laptop GPU' })).toMatchObject({ cc: '8.9' });
    expect(constraintsFromFlags({ gpu: 'RTX 4060', cc: '8.6' })).toMatchObject({ cc: '8.6' });
    expect(constraintsFromFlags({ python: '3.11.4', framework: 'torch', os: 'wsl2' })).toEqual({ python: '3.11', framework: 'pytorch', os: 'wsl' });
  });

  it('framework and OS must be known after merging with the machine', () => {
    expect(() => mergeConstraints({ os: 'linux' }, {})).toThrow(/--framework is required/);
    expect(() => mergeConstraints({ framework: 'pytorch' }, {})).toThrow(/--os is required/);
    expect(mergeConstraints({ framework: 'pytorch', driver: '550.54.14' }, { os: 'linux', driver: '470.1', cc: '8.6' }))
      .toEqual({ framework: 'pytorch', os: 'linux', driver: '550.54.14', cc: '8.6' });
  });

  it('the command rejects unknown options with the nearest known one (main turns that into exit 2)', async () => {
    await expect(planCommand(['--framework', 'pytorch', '--gpuu', 'x'])).rejects.toThrow(/unknown option --gpuu — did you mean --gpu\?/);
    await expect(planCommand(['--framework', 'pytorch', '--lang', 'fr', '--no-scan', '--os', 'linux'])).rejects.toBeInstanceOf(UsageError);
  });
});

describe('constraintsFromFacts', () => {
  const facts = (o: Record<string, string | string[]>): FactMap => new Map(Object.entries(o).map(([k, v]) => [k, { value: v, evidence: [] }]));

  it('reads a scan / log FactMap', () => {
    expect(constraintsFromFacts(facts({
      os: 'wsl2', driverVersion: '546.33', gpuName: ['Intel(R) UHD Graphics', 'NVIDIA GeForce RTX 3060'], pythonVersion: '3.10.12', torchVersion: '2.1.0+cu121',
    }))).toEqual({ os: 'wsl', driver: '546.33', gpuName: 'NVIDIA GeForce RTX 3060', cc: '8.6', python: '3.10', framework: 'pytorch' });
  });

  it('prefers a measured compute capability and leaves out what is not a version', () => {
    expect(constraintsFromFacts(facts({ os: 'windows', gpuCC: '7.5', gpuName: 'GeForce RTX 3060', driverVersion: 'N/A', tfVersion: '2.10.0' })))
      .toEqual({ os: 'windows', gpuName: 'GeForce RTX 3060', cc: '7.5', framework: 'tensorflow' });
    expect(constraintsFromFacts(facts({ torchVersion: '2.1', tfVersion: '2.15' })).framework).toBeUndefined();
  });
});

describe('machine', () => {
  it.each([
    ['win32', '', 'windows'],
    ['darwin', '', 'macos'],
    ['linux', 'Linux version 5.15.153.1-microsoft-standard-WSL2', 'wsl'],
    ['linux', 'Linux version 6.8.0-45-generic (buildd@lcy02-amd64-075)', 'linux'],
  ] as const)('%s %s → %s', (platform, proc, os) => expect(localOs(platform, proc)).toBe(os));
});

describe('torch-arch-map.json', () => {
  const wheelRows = table('arch-support').filter((r) => r.kind === 'pytorch_wheel');
  it('names only subjects that exist, and maps every x86 PyTorch wheel row', () => {
    const subjects = new Set(wheelRows.map((r) => r.subject));
    for (const m of archMap.rows) expect(subjects).toContain(m.subject);
    for (const s of archMap.ignored) expect(subjects).toContain(s);
    const mapped = new Set([...archMap.rows.map((m) => m.subject), ...archMap.ignored]);
    expect(wheelRows.filter((r) => !mapped.has(r.subject!)).map((r) => r.subject)).toEqual([]);
  });
  it('maps only wheel indexes its subject names (cuA..cuB counts as a range)', () => {
    for (const m of archMap.rows) {
      const named: string[] = m.subject.match(/cu\d{3}/g) ?? [];
      const range = /cu(\d{3})\.\.cu(\d{3})/.exec(m.subject);
      for (const c of m.covers) for (const w of c.wheels) {
        const n = Number(w.slice(2));
        expect(named.includes(w) || (!!range && n >= Number(range[1]) && n <= Number(range[2])), `${m.subject} ${w}`).toBe(true);
      }
    }
  });
});

describe('output', () => {
  async function run(argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true; });
    try { return { code: await planCommand(argv), out }; } finally { spy.mockRestore(); }
  }

  it('--json: the documented shape, commands and cited rows', async () => {
    const { code, out } = await run(['--framework', 'tensorflow', '--os', 'windows', '--gpu', 'RTX 4060', '--driver', '531.14', '--python', '3.10', '--json', '--no-scan']);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.constraints).toMatchObject({ framework: 'tensorflow', os: 'windows', cc: '8.9', driver: '531.14', python: '3.10' });
    const native = j.combinations.find((x: { route: string }) => x.route === 'tf-windows-native');
    expect(native).toMatchObject({ version: '2.10.0', cuda: '11.2', cudnn: '8.1', bundled: false, driverUpgrade: 'ok' });
    expect(native.sources[0].table).toBe('tensorflow-tested-builds.csv');
    expect(native.why.every((w: { text: string }) => !w.text.includes('{{'))).toBe(true);
  });

  it('--lang zh-CN localises the report; nothing fits → exit 1 with the reason', async () => {
    const { code, out } = await run(['--framework', 'pytorch', '--os', 'linux', '--cc', '3.0', '--lang', 'zh-CN', '--no-scan']);
    expect(code).toBe(1);
    expect(out).toContain('没有满足条件的组合');
    expect(out).toContain('CUDA 10.0-10.2');
    expect(out).not.toMatch(/plan\.[a-z]/); // no untranslated key leaked
  });

  it('both locales carry the same plan.* keys', () => {
    const keys = (o: object): string[] => Object.keys(o).filter((k) => k.startsWith('plan.')).sort();
    expect(keys(zh)).toEqual(keys(en));
    expect(keys(en).length).toBeGreaterThan(40);
  });
});
