// Whole scans of recorded machines (fixtures/hosts/*): Windows layouts with several toolkits under
// Program Files, a cuDNN copied into bin, a missing zlibwapi, a PATH without CUDA\bin; Linux with two
// toolkits, an old driver and a hanging probe; macOS; a driver nvidia-smi cannot reach.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { runScan, type ScanRun } from '../src/scan/scan.js';
import { diagnoseScanData } from '../src/scan/diagnose-scan.js';
import { buildChecklist } from '../src/scan/checklist.js';
import { scanMessages } from '../src/scan/messages.js';
import { renderScanMarkdown, renderScanTerminal } from '../src/scan/render.js';
import { viewFindings } from '../src/report/view.js';
import { messages } from '../src/i18n/messages.js';
import type { Host } from '../src/scan/host.js';

const hostDir = (name: string) => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));
const scan = async (name: string | Host) => {
  const run = await runScan(typeof name === 'string' ? fixtureHost(hostDir(name)) : name, { importTimeoutMs: 1500 });
  const diagnosis = await diagnoseScanData(run.data);
  const fact = (n: string) => diagnosis.facts.get(n)?.value;
  return { run, diagnosis, fact, ids: diagnosis.findings.map((f) => f.rule.id), checks: buildChecklist(run) };
};
const keys = (run: ScanRun) => buildChecklist(run).map((c) => `${c.status} ${c.key}`);

describe('Windows: CUDA 10.2 / 11.2 / 12.4, cuDNN 8.4 in v11.2\\bin, no zlibwapi, TF 2.10', () => {
  it('finds every toolkit with its version source and PATH position', async () => {
    const { run, fact } = await scan('win-three-toolkits');
    expect(run.data.toolkits.map((t) => [t.version, t.versionFrom, t.pathIndex])).toEqual([
      ['10.2.89', 'version.txt', 2], ['11.2.2', 'version.json', 4], ['12.4.131', 'version.json', 6],
    ]);
    expect(run.data.toolkits[0]!.foundBy).toEqual(expect.arrayContaining(['CUDA_PATH', 'CUDA_PATH_V10_2', 'Program Files']));
    expect(run.data.toolkits[1]!.libraries.every((l) => l.present)).toBe(true);
    expect(fact('cudaPathToolkits')).toEqual(['10.2', '11.2', '12.4']);
    expect(fact('driverVersion')).toBe('546.33');
    expect(fact('gpuCC')).toBe('8.6');
  });
  it('finds the cuDNN copied into the 11.2 bin and that zlibwapi.dll is missing', async () => {
    const { run, fact, ids, checks, diagnosis } = await scan('win-three-toolkits');
    expect(run.data.cudnn).toHaveLength(1);
    expect(run.data.cudnn[0]).toMatchObject({ version: '8.4.0', major: '8', onPath: true });
    expect(run.data.cudnn[0]!.toolkitPath).toMatch(/v11\.2$/);
    expect(run.data.zlib).toEqual({ needed: true });
    expect(fact('tfBuildCuda')).toBe('11.2');
    expect(checks.find((c) => c.key === 'cudnn.zlibMissing')?.status).toBe('fail');
    // the root cause first, then the PATH order (TF 2.10 wants 11.2, 10.2 comes first)
    expect(ids.slice(0, 2)).toEqual(['zlibwapi-missing', 'cuda-toolkits-path-order']);
    // every toolkit's bin is on PATH, the cuDNN and the 11.2 runtime are there: nothing else is missing
    const zlib = diagnosis.findings[0]!;
    expect(zlib.severity).toBe('error');
    expect(zlib.evidence.map((e) => e.text)).toEqual([
      'cuDNN 8.4.0 in C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.2\\bin', 'zlibwapi.dll: not on PATH or in System32',
    ]);
    for (const id of ['cuda-path-not-set', 'cudnn-missing', 'cuda-runtime-missing', 'driver-not-loaded', 'gpu-not-used-no-error']) expect(ids).not.toContain(id);
  });
  it('with zlibwapi.dll on PATH the zlib finding goes away', async () => {
    const base = fixtureHost(hostDir('win-three-toolkits'));
    const host: Host = { ...base, listDir: async (p) => { const l = await base.listDir(p); return /^C:\\Python310$/i.test(p) && l ? [...l, 'zlibwapi.dll'] : l; } };
    const { run, ids } = await scan(host);
    expect(run.data.zlib?.found).toBe('C:\\Python310\\zlibwapi.dll');
    expect(ids).not.toContain('zlibwapi-missing');
    expect(ids).toContain('cuda-toolkits-path-order');
  });
});

describe('Windows: CUDA 11.8 installed, PATH without CUDA\\bin, Store alias first on PATH', () => {
  it('flags the bin folder off PATH, skips the Store alias and reads the torch probe', async () => {
    const { run, fact, ids } = await scan('win-cuda-not-on-path');
    expect(keys(run)).toContain('warn cuda.binNotOnPath');
    expect(fact('cudaToolkitOnPath')).toBe(false);
    expect(run.data.pythons).toHaveLength(1);
    expect(run.data.pythons[0]).toMatchObject({ version: '3.11.4', onPath: true });
    expect(run.data.pythons[0]!.foundBy).toEqual(['PATH', 'py launcher']);
    expect(run.data.pythons[0]!.torchProbe?.status).toBe('ok');
    expect(fact('torchCudaAvailable')).toBe('true');
    expect(ids.sort()).toEqual(['cuda-path-not-set', 'torchvision-torch-mismatch']);
  });
  it('says the installed 11.8 is off PATH, quoting the folder, and nothing about the driver or the torch build', async () => {
    const { diagnosis } = await scan('win-cuda-not-on-path');
    const path = diagnosis.findings.find((f) => f.rule.id === 'cuda-path-not-set')!;
    expect(path.severity).toBe('error');
    expect(path.evidence.map((e) => e.text).join('\n')).toMatch(/no CUDA toolkit folder is on PATH \(installed: C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11\.8\\bin\)/);
    // evidence lines point into the listing the scan returns
    const lines = diagnosis.probeLog.split('\n');
    for (const e of path.evidence) expect(lines[e.line - 1]).toBe(e.text);
  });
  it('with v11.8\\bin on PATH the toolkit is found and cuda-path-not-set goes away', async () => {
    const base = fixtureHost(hostDir('win-cuda-not-on-path'));
    const bin = 'C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8\\bin';
    const host: Host = { ...base, env: { ...base.env, Path: `${bin};${base.env.Path}` } };
    const { fact, ids } = await scan(host);
    expect(fact('cudaToolkitOnPath')).toBe(true);
    expect(ids).not.toContain('cuda-path-not-set');
  });
});

describe('Linux: CUDA 11.8 + 12.1, driver 470, cuDNN 7.6.5 in 12.1, torch 2.1.0+cu121', () => {
  it('retries nvidia-smi without compute_cap on an old driver and resolves the /usr/local/cuda link', async () => {
    const { run, fact } = await scan('linux-two-toolkits');
    expect(run.data.driver).toMatchObject({ nvidiaSmi: 'ok', driverVersion: '470.82.01', cudaVersion: '11.4' });
    expect(run.data.driver.gpus[0]!.computeCapability).toBeUndefined();
    expect(fact('gpuCC')).toBe('8.6'); // from the model name via the table
    expect(run.data.toolkits.map((t) => t.path)).toEqual(['/usr/local/cuda-11.8', '/usr/local/cuda-12.1']);
    expect(run.data.toolkits[1]!.foundBy).toEqual(expect.arrayContaining(['/usr/local', 'CUDA_HOME']));
    expect(run.data.nvccOnPath).toEqual({ path: '/usr/local/cuda/bin/nvcc', version: '12.1.105' });
    expect(run.data.system.container).toBe('docker');
  });
  it('judges driver vs wheel, cuDNN vs CUDA major and the library path order', async () => {
    const { ids } = await scan('linux-two-toolkits');
    expect(ids).toEqual(expect.arrayContaining(['driver-too-old', 'cudnn-cuda-major-mismatch', 'cuda-toolkits-path-order']));
    expect(ids).not.toContain('torchvision-torch-mismatch'); // 0.16.0+cu121 belongs to 2.1.0
  });
  it('shows a hanging import as crashed, not hidden', async () => {
    const { run, checks } = await scan('linux-two-toolkits');
    expect(run.data.pythons[0]!.torchProbe?.status).toBe('timeout');
    expect(checks.find((c) => c.key === 'fw.importTimeout')?.status).toBe('crashed');
  });
});

describe('other hosts', () => {
  it('says not applicable on macOS', async () => {
    const { run, ids } = await scan('macos-arm');
    expect(run.notApplicable).toEqual(['driver', 'cuda', 'cudnn']);
    expect(keys(run).filter((k) => k === 'na notApplicable.macos')).toHaveLength(3);
    expect(ids).toEqual([]);
  });
  it('feeds a failing nvidia-smi to the log rules', async () => {
    const { run, ids, diagnosis } = await scan('linux-driver-broken');
    expect(run.data.driver.nvidiaSmi).toBe('failed');
    expect(ids[0]).toBe('driver-not-loaded');
    expect(diagnosis.probeLog).toContain("couldn't communicate with the NVIDIA driver");
  });
  it('reports a collector that throws as crashed and still finishes the others', async () => {
    const base = fixtureHost(hostDir('win-three-toolkits'));
    const host: Host = { ...base, glob: async () => { throw new Error('disk went away'); } };
    const { run, checks } = await scan(host);
    expect(run.crashed.cuda).toEqual({ error: 'disk went away' });
    expect(checks.find((c) => c.status === 'crashed' && c.layer === 'cuda')).toBeDefined();
    expect(run.data.driver.driverVersion).toBe('546.33');
    expect(run.data.pythons).toHaveLength(1);
  });
});

describe('reports', () => {
  it('renders the checklist in English and Chinese, terminal and Markdown', async () => {
    const { run, diagnosis } = await scan('win-three-toolkits');
    const checks = buildChecklist(run);
    const en = renderScanTerminal(checks, viewFindings(diagnosis.findings, diagnosis.facts, 'en'), run, scanMessages('en'));
    expect(en).toMatch(/NVIDIA driver and GPUs[\s\S]*CUDA toolkit[\s\S]*cuDNN[\s\S]*Python[\s\S]*Frameworks[\s\S]*Findings/);
    expect(en).toContain('✗');
    expect(en).toContain('[zlibwapi-missing]');
    const zh = renderScanMarkdown(checks, viewFindings(diagnosis.findings, diagnosis.facts, 'zh-CN'), run, scanMessages('zh-CN'), messages('zh-CN'));
    expect(zh).toContain('缺少 zlibwapi.dll');
    expect(zh).toContain('**CUDA 工具包**');
    // every key the checklist uses has a text in both languages
    for (const lang of ['en', 'zh-CN'] as const) for (const c of checks) expect(scanMessages(lang)(c.key)).not.toBe(c.key);
  });
});
