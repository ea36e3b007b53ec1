// plan answers the question asked (issue 11 item 5): another OS than the host's, patch versions, GPU names as
// people type them, no table doubt notes in the output, the GPU's own minimum driver, and the native-Windows
// TF 2.10 route (and its WSL twin) with the commands that create the environment and bring CUDA 11.2.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCapabilityOf } from '../src/knowledge/tables.js';
import { constraintsFromFlags } from '../src/plan/constraints.js';
import { candidates, plan } from '../src/plan/planner.js';
import { refText } from '../src/knowledge/row-ref.js';
import { compareVersions } from '../src/knowledge/version.js';
import { ensureBuilt, ROOT } from './built-cli.js';
import type { Constraints } from '../src/plan/types.js';

let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); }, 180_000);

describe('GPU names as typed', () => {
  it.each([['4060', '8.9'], ['RTX4060', '8.9'], ['rtx 4060 laptop', '8.9'], ['RTX 4060 Ti', '8.9'], ['Tesla T4', '7.5'], ['MX150', '6.1'], ['GeForce MX250', '6.1'], ['MX450', '7.5'], ['MX550', '7.5'], ['3060', '8.6'], ['Nvidia M1200', '5.0'], ['Quadro M1200', '5.0'], ['tesla p40', '6.1'], ['RTX2080Ti', '7.5'], ['GTX1660Ti', '7.5'], ['RTX4070SUPER', '8.9'], ['5060ti', '12.0'], ['2080ti', '7.5'],
    // as nvidia-smi / torch print them: the longest model the table lists inside the name decides
    ['Quadro RTX 4000', '7.5'], ['NVIDIA RTX A4000', '8.6'], ['NVIDIA RTX 4000 Ada Generation', '8.9'], ['Tesla V100-SXM2-16GB', '7.0'], ['NVIDIA H100 80GB HBM3', '9.0'], ['NVIDIA GeForce RTX 4060 Ti Laptop GPU', '8.9']])('%s → CC %s', (name, cc) => {
    expect(computeCapabilityOf(name)).toBe(cc);
  });
});

describe('TensorFlow on native Windows', () => {
  const c: Constraints = { framework: 'tensorflow', os: 'windows', cc: '8.9', gpuName: 'RTX 4060', ...constraintsFromFlags({ framework: 'tensorflow', version: '2.10.1' }) };
  it('a patch version is accepted and installed exactly, after creating a Python 3.10 env', () => {
    const p = plan(c);
    const best = p.combinations[0]!;
    expect(best.route).toBe('tf-windows-native');
    expect(best.commands.slice(0, 4)).toEqual([
      'conda create -n tf python=3.10 -y',
      'conda activate tf',
      'conda install -c conda-forge cudatoolkit=11.2 cudnn=8.1.0',
      'python -m pip install "tensorflow==2.10.1" "numpy<2"',
    ]);
  });
  it('the WSL2 alternative for 2.10 brings CUDA 11.2 / cuDNN 8.1 and the library path in a conda env', () => {
    const wsl = plan(c).combinations.find((x) => x.route === 'tf-wsl2')!;
    expect(wsl.commands).toContain('conda install -c conda-forge cudatoolkit=11.2 cudnn=8.1.0');
    expect(wsl.commands.join('\n')).toMatch(/LD_LIBRARY_PATH=\$CONDA_PREFIX\/lib/);
    expect(wsl.commands.join('\n')).not.toMatch(/and-cuda/);
  });
  it('without a pinned version the native 2.10 route stays among the answers', () => {
    const p = plan({ framework: 'tensorflow', os: 'windows', cc: '8.9' });
    expect(p.combinations.some((x) => x.route === 'tf-windows-native' && x.version.startsWith('2.10'))).toBe(true);
  });
  it('--os windows asked on a Linux host borrows nothing from the host', () => {
    const r = spawnSync(process.execPath, [CLI, 'plan', '-f', 'tensorflow', '--os', 'windows', '--gpu', 'RTX 4060'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/driver: unknown · Python: unknown/);
    expect(r.stdout).toMatch(/TensorFlow 2\.10\.0 — native Windows/);
  }, 60_000);
});

describe('commands fit the versions', () => {
  it('tensorflow[and-cuda] only from 2.14, for every TF candidate on every OS', () => {
    for (const os of ['linux', 'wsl', 'windows'] as const) {
      for (const x of candidates({ framework: 'tensorflow', os })) {
        if (x.commands.some((cmd) => cmd.includes('[and-cuda]'))) expect(compareVersions(x.version, '2.14'), `${os} ${x.version}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it('no table doubt notes ("?", "doubtful") in the cited rows', () => {
    for (const framework of ['tensorflow', 'pytorch'] as const) {
      for (const x of candidates({ framework, os: 'linux', cc: '8.6' })) for (const r of x.sources) expect(refText(r)).not.toMatch(/\?\)|\(\?|doubtful/);
    }
  });
});

describe("the GPU's own minimum driver", () => {
  it('an RTX 5090 with driver 560 needs an upgrade whatever the CUDA build', () => {
    const p = plan({ framework: 'pytorch', os: 'linux', cc: '12.0', gpuName: 'RTX 5090', driver: '560.35' });
    expect(p.combinations.length).toBeGreaterThan(0);
    for (const x of p.combinations) {
      expect(x.driver).toBe('required');
      expect(compareVersions(x.minDriver, '570')).toBeGreaterThan(0);
    }
  });
});
