// What the rules conclude from a scan's facts alone (no log line needed): no driver on bare Linux / Windows,
// a CPU-only torch with and without a GPU, native Windows TensorFlow without CUDA / cuDNN, and
// gpu-not-used-no-error staying quiet when the scan itself says why.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { runScan } from '../src/scan/scan.js';
import { diagnoseScanData } from '../src/scan/diagnose-scan.js';
import type { Host } from '../src/scan/host.js';

const hostDir = (name: string) => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));
const scan = async (name: string | Host, deep = false) => {
  const run = await runScan(typeof name === 'string' ? fixtureHost(hostDir(name)) : name, { importTimeoutMs: 1500, deep });
  const diagnosis = await diagnoseScanData(run.data);
  const find = (id: string) => diagnosis.findings.find((f) => f.rule.id === id);
  const quoted = (id: string) => (find(id)?.evidence ?? []).map((e) => e.text).join('\n');
  return { run, diagnosis, find, quoted, ids: diagnosis.findings.map((f) => f.rule.id), severities: diagnosis.findings.map((f) => `${f.rule.id}:${f.severity}`) };
};
/** A recorded host whose commands of one kind behave differently. */
const withRun = (name: string, override: (command: string, args: string[]) => Awaited<ReturnType<Host['run']>> | undefined): Host => {
  const base = fixtureHost(hostDir(name));
  return { ...base, run: async (c, a, o) => override(c, a) ?? base.run(c, a, o) };
};
const notFound = { ok: false, stdout: '', stderr: 'not found', notFound: true, timedOut: false, ms: 0 };

describe('bare Linux, no nvidia-smi and no kernel module, pip torch 2.3.1+cpu', () => {
  it('the missing driver is the error; the CPU build is a warning it explains, naming the interpreter', async () => {
    const { severities, find, quoted, diagnosis } = await scan('linux-no-driver-cpu-torch');
    expect(diagnosis.facts.get('driverFound')?.value).toBe(false);
    expect(diagnosis.facts.get('inContainer')).toBeUndefined();
    expect(severities).toEqual(['driver-not-loaded:error', 'torch-cpu-build:warning']);
    expect(quoted('driver-not-loaded')).toContain('no NVIDIA driver found (nvidia-smi not found, no /proc/driver/nvidia/version)');
    expect(find('torch-cpu-build')!.explainedBy).toEqual(['driver-not-loaded']);
    expect(quoted('torch-cpu-build')).toContain('torch 2.3.1+cpu is installed in /usr/bin/python3');
  });
  it('--deep: is_available() False is explained by the scan, so gpu-not-used-no-error stays quiet', async () => {
    const { run, ids, diagnosis } = await scan('linux-no-driver-cpu-torch', true);
    expect(run.data.pythons[0]!.torchProbe?.status).toBe('ok');
    expect(diagnosis.facts.get('torchCudaAvailable')?.value).toBe('false');
    expect(ids).toEqual(['driver-not-loaded', 'torch-cpu-build']);
  });
});

describe('Linux with driver 535 and a GPU, the same CPU-only torch', () => {
  it('the CPU build is the error: the GPU is there and torch cannot use it', async () => {
    const { severities, quoted, diagnosis } = await scan('linux-gpu-cpu-torch');
    expect(diagnosis.facts.get('driverFound')?.value).toBe(true);
    expect(severities).toEqual(['torch-cpu-build:error']);
    expect(quoted('torch-cpu-build')).toMatch(/torch 2\.3\.1\+cpu is installed in \/usr\/bin\/python3/);
  });
  it('--deep adds is_available() = false to the evidence, still without gpu-not-used-no-error', async () => {
    const { severities, quoted } = await scan('linux-gpu-cpu-torch', true);
    expect(severities).toEqual(['torch-cpu-build:error']);
    expect(quoted('torch-cpu-build')).toContain('torch.cuda.is_available() = false');
  });
  it('a CUDA build that still sees no GPU, with nothing else found, is gpu-not-used-no-error', async () => {
    // the same machine with torch 2.3.1+cu121 (version.py and the probe's answer rewritten)
    const base = fixtureHost(hostDir('linux-gpu-cpu-torch'));
    const cudaBuild: Host = {
      ...base,
      run: async (c, a, o) => {
        const r = await base.run(c, a, o);
        return { ...r, stdout: r.stdout.replace(/2\.3\.1\+cpu/g, '2.3.1+cu121').replace('cuda: Optional[str] = None', "cuda: Optional[str] = '12.1'").replace('"cuda": null', '"cuda": "12.1"') };
      },
    };
    const { severities, find } = await scan(cudaBuild, true);
    expect(severities).toEqual(['gpu-not-used-no-error:warning']);
    expect(find('gpu-not-used-no-error')!.rule.title.en).not.toMatch(/log/);
  });
});

describe('a Docker container without --gpus', () => {
  it('container-no-gpu explains both the missing driver and the CPU build', async () => {
    const base = fixtureHost(hostDir('linux-no-driver-cpu-torch'));
    const host: Host = { ...base, exists: async (p) => p === '/.dockerenv' || base.exists(p) };
    const { severities, find, quoted } = await scan(host);
    // the root cause, then what it explains, the most explained last
    expect(severities).toEqual(['container-no-gpu:error', 'driver-not-loaded:warning', 'torch-cpu-build:warning']);
    expect(find('driver-not-loaded')!.explainedBy).toEqual(['container-no-gpu']);
    expect(find('torch-cpu-build')!.explainedBy.sort()).toEqual(['container-no-gpu', 'driver-not-loaded']);
    expect(quoted('container-no-gpu')).toContain('running inside a docker container');
  });
});

describe('Windows: TensorFlow 2.10 (CUDA 11.2, cuDNN 8) with the driver but no CUDA toolkit or cuDNN', () => {
  it('names the missing runtime and cuDNN from the import log and the facts', async () => {
    const { severities, quoted } = await scan('win-tf210-no-cuda');
    expect(severities.slice(0, 2).sort()).toEqual(['cuda-runtime-missing:error', 'cudnn-missing:error']);
    expect(quoted('cuda-runtime-missing')).toContain('no CUDA toolkit installed');
    expect(quoted('cudnn-missing')).toContain('no cuDNN found');
  });
  it('from the facts alone when the import does not answer', async () => {
    const host = withRun('win-tf210-no-cuda', (_c, a) => (a.join(' ').includes('gpu-doctor:tf-probe') ? { ...notFound, notFound: false, timedOut: true } : undefined));
    const { run, severities, diagnosis } = await scan(host);
    expect(run.data.pythons[0]!.tfProbe?.status).toBe('timeout');
    expect(diagnosis.probeLog).not.toMatch(/dlerror/);
    expect(severities.sort()).toEqual(['cuda-runtime-missing:error', 'cudnn-missing:error']);
  });
  it('no driver on Windows: driver-not-loaded, from the missing nvidia-smi', async () => {
    const host = withRun('win-tf210-no-cuda', (c) => (/nvidia-smi/i.test(c) ? notFound : undefined));
    const { severities, quoted } = await scan(host);
    // an independent error next to the missing CUDA runtime and cuDNN (installing those is still needed)
    expect(severities).toEqual(expect.arrayContaining(['driver-not-loaded:error', 'cuda-runtime-missing:error', 'cudnn-missing:error']));
    expect(quoted('driver-not-loaded')).toContain('no NVIDIA driver found (nvidia-smi not found)');
  });
});

describe('where the fact branches must stay quiet', () => {
  it('macOS: no driver is expected there', async () => {
    const { ids } = await scan('macos-arm', true);
    expect(ids).toEqual([]);
  });
  it('Linux with a working CUDA torch: no driver / build / toolkit-path findings', async () => {
    const { ids } = await scan('linux-two-toolkits');
    for (const id of ['driver-not-loaded', 'container-no-gpu', 'torch-cpu-build', 'cuda-path-not-set', 'gpu-not-used-no-error']) expect(ids).not.toContain(id);
  });
});
