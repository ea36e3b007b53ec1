// Knowledge-table lookups the derived facts rely on: wheel arch lists per torch release × CUDA × OS, the driver
// floor of a CUDA version, and the last TensorFlow release with a native-Windows GPU build.
import { describe, expect, it } from 'vitest';
import { torchArchVerdict, torchWheelArch } from '../src/knowledge/torch-wheel-arch.js';
import { minDriverForCuda, tensorflowLastGpuRelease } from '../src/knowledge/tables.js';
import { compareVersions } from '../src/knowledge/version.js';
import { gpuMinDriver, lastDriverBranch, rowModels } from '../src/knowledge/gpu-driver.js';

describe('the wheel rows, as torch-arch-map.json reads the subjects', () => {
  it('a release inside a subject\'s range, and the widening the map gives a reason for', () => {
    expect(torchWheelArch('2.4.1', '12.4', 'linux')?.row.subject).toBe('torch 2.1-2.5 cu121 / 2.4-2.5 cu124');
    expect(torchWheelArch('2.3.1', '12.4', 'linux')).toBeUndefined(); // no cu124 wheels before 2.4
    expect(torchWheelArch('1.10.2', '11.3', 'windows')?.row.subject).toBe('torch 1.8-2.0 Windows cu1xx (cu111..cu117)');
    // 2.0 cu117 carries the 1.8-1.13 list (release/2.0 build scripts): no sm_90, no PTX, so an H100 has no code
    expect(torchWheelArch('2.0.1', '11.7', 'linux')?.row.subject).toBe('torch 1.8-1.13 cu111/cu113/cu115/cu116/cu117');
    expect(torchArchVerdict('2.0.1', '11.7', '9.0', 'linux')?.unsupported).toBe(true);
    expect(torchArchVerdict('2.0.1', '11.8', '9.0', 'linux')?.unsupported).toBe(false);
  });
});

describe('torch wheel arch lists', () => {
  it('finds the row of a release inside a range', () => {
    const w = torchWheelArch('2.3.1', '12.1', 'linux');
    expect(w?.list.map((e) => e.cc)).toContain('9.0');
    expect(w?.list.map((e) => e.cc)).not.toContain('3.7');
  });
  it('Windows lists differ from Linux ones', () => {
    expect(torchWheelArch('2.3.1', '12.1', 'windows')?.list.map((e) => e.cc)).toContain('6.1');
  });
  it('a release outside every wheel row falls back to the toolkit floor only', () => {
    // torch 1.5 cu102 has no wheel row; CUDA 10.2 still targets 3.0, so a P100 (6.0) is fine and Fermi (2.1) is not
    expect(torchArchVerdict('1.5.0', '10.2', '6.0', 'linux')?.unsupported).toBe(false);
    expect(torchArchVerdict('1.5.0', '10.2', '2.1', 'linux')?.unsupported).toBe(true);
    // above the toolkit range is not claimed: the build may carry PTX
    expect(torchArchVerdict('1.5.0', '10.2', '8.6', 'linux')?.unsupported).toBe(false);
  });
  it('sm_120 needs a cu128 build; a row whose PTX is unknown is not used to claim "too new"', () => {
    expect(torchArchVerdict('2.6.0', '12.6', '12.0', 'linux')?.unsupported).toBe(true);
    expect(torchArchVerdict('2.7.0', '12.8', '12.0', 'linux')?.unsupported).toBe(false);
    // 2.10 cu128 states "no PTX", so a GPU above its list is claimed; 2.10 cu130 says PTX "?", so it is not
    expect(torchArchVerdict('2.10.0', '12.8', '13.0', 'linux')?.unsupported).toBe(true);
    expect(torchArchVerdict('2.10.0', '13.0', '13.0', 'linux')?.unsupported).toBe(false);
  });
  it('the compute_37 PTX of the Windows cu11x wheels does not make an RTX 50 (12.0) supported', () => {
    // Kepler PTX predates every toolkit that targets sm_120 (CUDA 12.8: 5.0 … 12.0): no JIT for it
    expect(torchArchVerdict('2.1.2', '11.8', '12.0', 'windows')?.unsupported).toBe(true);
    expect(torchArchVerdict('1.13.1', '11.7', '12.0', 'windows')?.unsupported).toBe(true);
    expect(torchArchVerdict('2.0.1', '11.8', '12.0', undefined)?.unsupported).toBe(true);
    // the same PTX still counts where the toolkits that target the GPU accept Kepler (H100, 9.0: CUDA 11.8, 3.5 …)
    expect(torchArchVerdict('1.13.1', '11.7', '9.0', 'windows')?.unsupported).toBe(false);
    // and a wheel that carries sm_120 is unaffected
    expect(torchArchVerdict('2.7.0', '12.8', '12.0', 'windows')?.unsupported).toBe(false);
  });
  it('with the OS unknown both lists must agree', () => {
    // 6.1 is in the Windows cu121 list only; sm_60 SASS runs on 6.1 anyway, so both say supported
    expect(torchArchVerdict('2.2.0', '12.1', '6.1', undefined)?.unsupported).toBe(false);
    expect(torchArchVerdict('2.2.0', '12.1', '3.5', undefined)?.unsupported).toBe(true);
  });
});

describe('driver floors and TF Windows GPU cut-off', () => {
  it('CUDA >= 11 uses the minor-version-compatibility family floor', () => {
    expect(compareVersions(minDriverForCuda('12.1', 'linux'), '525')).toBeGreaterThanOrEqual(0);
    expect(compareVersions(minDriverForCuda('12.4', 'linux'), minDriverForCuda('12.1', 'linux'))).toBe(0);
    expect(compareVersions(minDriverForCuda('11.8', 'linux'), '450')).toBeGreaterThanOrEqual(0);
    expect(compareVersions(minDriverForCuda('11.8', 'linux'), '470')).toBeLessThan(0);
  });
  it('CUDA < 11 uses the toolkit row', () => {
    expect(minDriverForCuda('10.2', 'linux')).toBe('440.33');
    expect(compareVersions(minDriverForCuda('10.2', 'windows'), '440.33')).toBeGreaterThan(0);
  });
  it('the last native-Windows TF GPU build is 2.10', () => {
    expect(tensorflowLastGpuRelease('windows')).toMatch(/^2\.10/);
    expect(compareVersions(tensorflowLastGpuRelease('linux'), '2.15')).toBeGreaterThan(0);
  });
});

describe('the driver a GPU needs (gpu-min-driver.csv)', () => {
  it('reads the model list of a row, bare numbers borrowing the first name\'s prefix', () => {
    expect(rowModels('GeForce RTX 4090 / 4080 / 4070 / 4060 / 4050 Laptop GPU')).toEqual(
      ['GeForce RTX 4090', 'GeForce RTX 4080', 'GeForce RTX 4070', 'GeForce RTX 4060', 'GeForce RTX 4050 Laptop GPU']);
    expect(rowModels('GeForce RTX 5050 (desktop; Laptop: 570.172.08 / 575.64.03)')).toEqual(['GeForce RTX 5050']);
  });
  it('matches the exact model: the 5060 and the 5060 Ti have different first drivers', () => {
    expect(gpuMinDriver('NVIDIA GeForce RTX 5090', false)?.minDriver).toBe('570.86.16');
    expect(gpuMinDriver('NVIDIA GeForce RTX 5060 Ti', false)?.minDriver).toBe('570.148.08');
    expect(gpuMinDriver('GeForce RTX 5060', false)?.minDriver).toBe('570.158.01');
    expect(gpuMinDriver('Tesla T4', false)).toBeUndefined();
  });
  it('uses a Windows value only where the table states one without "(?)"', () => {
    expect(gpuMinDriver('NVIDIA GeForce RTX 5090', true)).toBeUndefined(); // "570.65 (?)"
    expect(gpuMinDriver('NVIDIA GeForce RTX 3090', true)?.minDriver).toBe('456.38'); // "(inferred)" architecture floor
  });
  it('names the last branch of Maxwell / Pascal / Volta and none for current architectures', () => {
    expect(lastDriverBranch('6.1')).toBe('580');
    expect(lastDriverBranch('7.0')).toBe('580');
    expect(lastDriverBranch('3.7')).toBe('470');
    expect(lastDriverBranch('8.6')).toBeUndefined();
  });
});
