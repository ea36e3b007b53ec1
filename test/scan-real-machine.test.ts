// The real `gpu-doctor scan --json` on this machine: a container with a partial CUDA 13.0 toolkit at
// /usr/local/cuda-13.0 (no version.json; nvcc only through /usr/local/bin/nvcc), no driver, Debian's CPU-only
// torch in /usr/bin/python3 and a pyenv python3 first on PATH without torch — and the findings the rules draw
// from those facts. Ground truth is asked of the
// machine itself where it is cheap, so the test follows the machine rather than a copy of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = ensureBuilt();
const thisMachine = existsSync('/usr/local/cuda-13.0/bin/nvcc') && existsSync('/.dockerenv');
type Finding = { id: string; severity: string; explainedBy?: string[]; evidence: { line: number; text: string }[] };
const hasTorch = (python: string) =>
  spawnSync(python, ['-c', 'import importlib.util,sys; sys.exit(0 if importlib.util.find_spec("torch") else 3)']).status === 0;

describe.runIf(thisMachine)('scan on this machine', () => {
  it('finds the CUDA 13.0 toolkit, no driver, CPU-only torch in /usr/bin/python3, none in the PATH python3', () => {
    expect(existsSync(cli), 'build first (npm run build)').toBe(true);
    const r = spawnSync(process.execPath, [cli, 'scan', '--json'], { encoding: 'utf8', timeout: 60000, env: { ...process.env, FORCE_COLOR: '0' } });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    const out = JSON.parse(r.stdout) as {
      findings: Finding[];
      probeLog: string;
      facts: Record<string, unknown>;
      checks: { layer: string; status: string; id: string }[];
      scan: { toolkits: { path: string; version?: string; libraries: { name: string; present: boolean }[] }[]; pythons: { path: string; onPath: boolean; torch?: { cuda: string | null } }[] };
    };
    expect(r.status).toBe(out.findings.some((f) => f.severity === 'error') ? 1 : 0);

    // CUDA 13.0: version from its dist-info folders, nvcc through the wrapper, only cudart of the math libraries
    const tk = out.scan.toolkits.find((t) => t.path === '/usr/local/cuda-13.0');
    expect(tk?.version).toMatch(/^13\.0\./);
    expect(tk?.libraries.find((l) => l.name === 'cudart')?.present).toBe(true);
    expect(tk?.libraries.find((l) => l.name === 'cublas')?.present).toBe(existsSync('/usr/local/cuda-13.0/lib/libcublas.so'));
    expect(out.facts.cudaToolkitVersions).toEqual(['13.0']);
    const nvcc = execFileSync('nvcc', ['--version'], { encoding: 'utf8' });
    expect(nvcc).toContain('release 13.0');
    expect(out.checks.find((c) => c.id === 'cuda.nvcc')?.status).toBe('ok');

    // no driver here
    expect(out.facts.driverFound).toBe(false);
    expect(out.facts.driverVersion).toBeUndefined();
    expect(out.checks.find((c) => c.layer === 'driver')?.status).toBe('fail');
    expect(out.facts.inContainer).toBe(true);

    // torch: Debian's CPU-only build in /usr/bin/python3; the python3 on PATH has none
    expect(hasTorch('/usr/bin/python3')).toBe(true);
    const system = out.scan.pythons.find((p) => p.path === '/usr/bin/python3');
    expect(system?.torch?.cuda).toBeNull();
    expect(out.facts.pythonPath).toBe('/usr/bin/python3');
    expect(out.facts.torchBuild).toBe('cpu');
    const pathPython = out.scan.pythons.find((p) => p.onPath);
    expect(pathPython).toBeDefined();
    expect(pathPython!.path).not.toBe('/usr/bin/python3');
    expect(hasTorch('python3')).toBe(false);
    expect(pathPython!.torch).toBeUndefined();
    expect(out.facts.frameworksOutsidePathPython).toBe(true);
    expect(out.checks.find((c) => c.id === 'python.frameworksElsewhere')?.status).toBe('warn');

    // findings from those facts: the container started without the GPU is the root cause; the missing driver
    // and the CPU-only torch follow from it (a CPU build on a machine without a GPU is not an error by itself)
    expect(spawnSync('nvidia-smi').error).toBeDefined();
    expect(existsSync('/proc/driver/nvidia/version')).toBe(false);
    expect(out.findings.map((f) => `${f.id}:${f.severity}`)).toEqual(['container-no-gpu:error', 'driver-not-loaded:warning', 'torch-cpu-build:warning']);
    expect(r.status).toBe(1);
    const by = (id: string) => out.findings.find((f) => f.id === id)!;
    expect(by('driver-not-loaded').explainedBy).toEqual(['container-no-gpu']);
    expect(by('container-no-gpu').evidence.map((e) => e.text)).toEqual(expect.arrayContaining([
      'running inside a docker container', 'no NVIDIA driver found (nvidia-smi not found, no /proc/driver/nvidia/version)',
    ]));
    const torchEvidence = by('torch-cpu-build').evidence.map((e) => e.text);
    expect(torchEvidence).toContain('torch 1.13.0a0 is installed in /usr/bin/python3');
    expect(torchEvidence.some((t) => /^torch\.version\.cuda = None in \/usr\/bin\/python3 /.test(t))).toBe(true);
    expect(torchEvidence.join('\n')).not.toContain(pathPython!.path);
    // evidence line numbers point into the listing the JSON carries
    const lines = out.probeLog.split('\n');
    for (const f of out.findings) for (const e of f.evidence) expect(lines[e.line - 1]).toBe(e.text);
    expect(out.findings.map((f) => f.id)).not.toContain('cuda-path-not-set'); // nvcc is on PATH through /usr/local/bin
  });

  it('--deep imports torch and reports the GPU half of the smoke test as skipped', () => {
    const r = spawnSync(process.execPath, [cli, 'scan', '--deep', '--json'], { encoding: 'utf8', timeout: 90000 });
    const out = JSON.parse(r.stdout) as { checks: { status: string; id: string; text: string }[]; findings: Finding[]; facts: Record<string, unknown> };
    // is_available() is False, and the scan says why: no "sees no GPU and nothing says why" finding
    expect(out.facts.torchCudaAvailable).toBe('false');
    expect(out.findings.map((f) => f.id)).toEqual(['container-no-gpu', 'driver-not-loaded', 'torch-cpu-build']);
    expect(out.findings.find((f) => f.id === 'torch-cpu-build')!.evidence.map((e) => e.text)).toContain('torch.cuda.is_available() = false');
    const smoke = out.checks.filter((c) => c.id === 'fw.smokeCpuOnly').map((c) => c.text);
    expect(smoke.some((t) => /torch matmul: CPU \d+\.\d+ ms/.test(t))).toBe(true);
    expect(smoke.some((t) => /torch conv: CPU \d+\.\d+ ms/.test(t))).toBe(true);
    expect(out.checks.find((c) => c.id === 'fw.smokeGpuSkipped')?.status).toBe('skipped');
    expect(out.checks.find((c) => c.id === 'fw.torchNotAvailable')?.status).toBe('fail');
  }, 120_000); // the spawn allows 90 s: importing torch twice takes over 30 s on a loaded machine

  it('rejects bad usage with one line and exit status 2', () => {
    const r = spawnSync(process.execPath, [cli, 'scan', '--json', '--markdown'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const t = spawnSync(process.execPath, [cli, 'scan', '--timeout', 'abc'], { encoding: 'utf8' });
    expect(t.status).toBe(2);
    expect(t.stderr).toMatch(/--timeout/);
  });
});
