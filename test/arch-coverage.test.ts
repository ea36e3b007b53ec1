// One arch-coverage answer for the log verdicts (torchArchVerdict, scan/diagnose) and the planner: the wheel lists of
// arch-support.csv against real GPUs of gpu-compute-capability.csv.
import { describe, expect, it } from 'vitest';
import { archCovers, archListFromTorch, parseArchList } from '../src/knowledge/arch.js';
import { deriveFacts } from '../src/facts/derive.js';
import { computeCapabilityOf, table } from '../src/knowledge/tables.js';
import { torchArchVerdict } from '../src/knowledge/torch-wheel-arch.js';
import { candidates } from '../src/plan/planner.js';

const row = (subject: string) => table('arch-support').find((r) => r.subject === subject)!;
const list = (subject: string) => parseArchList(row(subject).arch_list!);

describe('archCovers on real wheel lists', () => {
  it('Windows cu118 (3.7+PTX … 9.0): an RTX 5090 / B200 / GB10 gets no code, an H100 gets SASS, Kepler PTX reaches nothing new', () => {
    const win118 = list('torch 2.0-2.5 Windows cu118');
    expect(computeCapabilityOf('NVIDIA GeForce RTX 5090')).toBe('12.0');
    expect(archCovers(win118, '12.0')).toBe('none');
    expect(archCovers(win118, computeCapabilityOf('NVIDIA B200')!)).toBe('none');
    expect(archCovers(win118, computeCapabilityOf('NVIDIA GB10')!)).toBe('none');
    expect(archCovers(win118, computeCapabilityOf('NVIDIA H100 PCIe')!)).toBe('sass');
    expect(archCovers(win118, computeCapabilityOf('GeForce RTX 4090')!)).toBe('sass');
  });
  it('Windows cu117 (3.7+PTX … 8.6) on an H100: the PTX counts, CUDA 11.8 (the first toolkit for 9.0) still targets 3.5', () => {
    expect(archCovers(list('torch 1.8-2.0 Windows cu1xx (cu111..cu117)'), '9.0')).toBe('ptx');
  });
  it('torch 2.7 cu128 (…12.0+PTX) runs a GB10 (12.1) from sm_120 SASS; a list without sm_120 and without PTX does not', () => {
    expect(archCovers(list('torch 2.7 cu128'), '12.1')).toBe('sass');
    expect(archCovers(list('torch 2.6-2.7 cu126 (and 2.8-2.14 cu126)'), '12.0')).toBe('none');
  });
});

describe('the planner and the log verdict agree', () => {
  const ccs = [...new Set(table('gpu-compute-capability').map((r) => r.compute_capability!))];
  it.each(['linux', 'windows'] as const)('%s: every torch wheel × every GPU of the table', (os) => {
    let compared = 0;
    for (const cc of ccs) {
      for (const x of candidates({ framework: 'pytorch', os, cc })) {
        if (x.archInferred || x.gpu === 'unknown') continue;
        const verdict = torchArchVerdict(x.version, x.cuda, cc, os);
        if (!verdict) continue;
        compared++;
        // the log side claims "unsupported" only when sure; whenever it does, the planner must not offer the wheel
        if (verdict.unsupported) expect(`${x.version} ${x.wheelIndex} ${cc} ${x.gpu}`).toBe(`${x.version} ${x.wheelIndex} ${cc} none`);
        // and whenever the planner finds code for the GPU, the log side must not call it unsupported
        if (x.gpu !== 'none') expect(verdict.unsupported).toBe(false);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('a live scan: torch.cuda.get_arch_list() decides, through the same archCovers', () => {
  const scanned = (facts: Record<string, string | string[]>) => deriveFacts({
    collected: new Map(),
    facts: new Map(Object.entries(facts).map(([k, v]) => [k, { value: v as string, weight: 100, evidence: { line: 0, text: `${k}: ${v}` } }])),
  });
  const CU126 = ['sm_50', 'sm_60', 'sm_70', 'sm_75', 'sm_80', 'sm_86', 'sm_90'];
  const CU128_27 = ['sm_75', 'sm_80', 'sm_86', 'sm_90', 'sm_100', 'sm_120', 'compute_120'];
  // as torch 2.0.1+cu118 on Windows prints it (fixtures/outputs/python/win-torch201-import.txt)
  const WIN_CU118 = ['sm_37', 'sm_50', 'sm_60', 'sm_61', 'sm_70', 'sm_75', 'sm_80', 'sm_86', 'sm_90', 'compute_37'];

  it('reads the names torch prints', () => {
    expect(archListFromTorch(['sm_86', 'sm_90a', 'sm_120', 'compute_37', 'gfx1100'])).toEqual([
      { cc: '8.6', ptx: false }, { cc: '9.0', ptx: false }, { cc: '12.0', ptx: false }, { cc: '3.7', ptx: true }]);
  });
  it.each([
    ['RTX 5090, torch 2.6.0+cu126', '12.0', '2.6.0+cu126', CU126, true],
    ['RTX 5090, torch 2.7.0+cu128', '12.0', '2.7.0+cu128', CU128_27, undefined],
    ['RTX 5090, Windows torch 2.0.1+cu118 (compute_37 only)', '12.0', '2.0.1+cu118', WIN_CU118, true],
    ['H100, the same Windows wheel', '9.0', '2.0.1+cu118', WIN_CU118, undefined],
    // the probe beats the table both ways: a self-built 2.6 with sm_120, a 2.7 cu128 built for Ampere only
    ['RTX 5090, a 2.6.0+cu126 built with sm_120', '12.0', '2.6.0+cu126', [...CU126, 'sm_120'], undefined],
    ['RTX 5090, a 2.7.0+cu128 built for sm_80 / sm_86', '12.0', '2.7.0+cu128', ['sm_80', 'sm_86'], true],
  ] as const)('%s', (_n, cc, torch, list, unsupported) => {
    const f = scanned({ os: 'linux', gpuCC: cc, torchVersion: torch, torchArchListProbed: [...list] });
    expect(f.get('gpuArchUnsupported')?.value).toBe(unsupported);
    expect(f.get('torchArchList')?.value).toBe(list.join(' '));
  });
});
