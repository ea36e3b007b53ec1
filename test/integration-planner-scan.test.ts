// `gpu-doctor scan` shows the planner's advice (a "Recommended" section, `advice` in --json) and it is the
// same choice `fix` makes for the same machine.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { runScan, type ScanRun } from '../src/scan/scan.js';
import { buildChecklist, type CheckLine } from '../src/scan/checklist.js';
import { scanMessages } from '../src/scan/messages.js';
import { adviceToJson, lineText, renderScanMarkdown, renderScanTerminal } from '../src/scan/render.js';
import { rawScanFacts } from '../src/scan/facts.js';
import { scanAdvice } from '../src/scan/advice.js';
import { constraintsFor } from '../src/plan/advice.js';
import { torchWheelFor } from '../src/fix/pip.js';
import { messages } from '../src/i18n/messages.js';
import type { ScanData } from '../src/scan/model.js';

const hostDir = (name: string) => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));
const scanOf = (name: string): Promise<ScanRun> => runScan(fixtureHost(hostDir(name)), { importTimeoutMs: 1500 });
const recommended = (lines: CheckLine[]) => lines.filter((l) => l.layer === 'recommended');
const en = scanMessages('en');

describe('the Recommended section', () => {
  it('Linux, driver 470, torch 2.1.0+cu121: keeps 2.1.0 on cu118 (minor-version compatibility) and says so', async () => {
    const run = await scanOf('linux-two-toolkits');
    const [combo, driver] = recommended(buildChecklist(run));
    expect(combo).toMatchObject({ status: 'ok', key: 'advice.combo.torch-wheel', vars: { version: '2.1.0', index: 'cu118' } });
    expect(lineText(en, combo!)).toMatch(/keeps the installed 2\.1\.0\+cu121; newest for this machine: \S+ \(cu118\)/);
    // this recorded host runs in a docker container: the driver named is the host's
    expect(driver).toMatchObject({ status: 'warn', key: 'advice.driver.recommendedContainer', detail: true });
    expect(lineText(en, driver!)).toContain('/usr/bin/python3 -m pip install torch==2.1.0 ');
  });

  it('is the choice fix makes from the same facts', async () => {
    const run = await scanOf('linux-two-toolkits');
    const [advice] = scanAdvice(run.data);
    const c = constraintsFor('pytorch', rawScanFacts(run.data).facts)!;
    const fix = torchWheelFor(c, '2.1.0+cu121')!;
    expect([fix.torch, fix.tag]).toEqual([advice!.choice.best!.version, advice!.choice.best!.wheelIndex]);
  });

  it('a CUDA build that runs stays on its own wheel (Windows, torch 2.0.1+cu118, driver 546)', async () => {
    const [combo, driver] = recommended(buildChecklist(await scanOf('win-cuda-not-on-path')));
    expect(combo!.vars).toMatchObject({ version: '2.0.1', index: 'cu118' });
    expect(driver).toMatchObject({ status: 'ok', key: 'advice.driver.ok' });
  });

  it('Windows TF 2.10 keeps the native route, and names WSL2 for the newest', async () => {
    const [combo] = recommended(buildChecklist(await scanOf('win-three-toolkits')));
    expect(combo).toMatchObject({ key: 'advice.combo.tf-windows-native', vars: { version: '2.10.0', cuda: '11.2' } });
    expect(lineText(en, combo!)).toMatch(/newest for this machine: 2\.\d+\.\d+, in WSL2/);
  });

  it('no driver and no framework: PyTorch for the Python found, and the driver to install', async () => {
    const run = await scanOf('linux-driver-broken');
    const [combo, driver] = recommended(buildChecklist(run));
    expect(combo!.key).toBe('advice.combo.torch-wheel');
    expect(lineText(en, combo!)).toContain('not installed yet');
    expect(driver).toMatchObject({ status: 'warn', key: 'advice.driver.unknown' });
  });

  it('a GPU the installed torch cannot drive and a driver too old for any that can: replace, and upgrade the driver first', async () => {
    const run = await scanOf('linux-two-toolkits');
    const data: ScanData = { ...run.data, driver: { ...run.data.driver, gpus: [{ name: 'NVIDIA GeForce RTX 5090', computeCapability: '12.0' }] } };
    const [combo, driver] = recommended(buildChecklist({ ...run, data }));
    expect(combo).toMatchObject({ status: 'warn', vars: { keep: { key: 'advice.change.gpu' } } });
    expect(Number(String(combo!.vars.index).slice(2))).toBeGreaterThanOrEqual(128);
    expect(driver).toMatchObject({ status: 'fail', key: 'advice.driver.requiredContainer' });
    expect(lineText(en, driver!)).toMatch(/^the host's NVIDIA driver must be upgraded first \(on the host, not in the container\): 470\.82\.01 is older than \d{3}\./);
  });

  it('macOS: no CUDA route', async () => {
    expect(recommended(buildChecklist(await scanOf('macos-arm'))).map((l) => `${l.status} ${l.key}`)).toEqual(['na advice.noFit.macos']);
  });
});

describe('reports', () => {
  it('terminal, Markdown in Chinese and --json carry the advice; it is not counted as a check', async () => {
    const run = await scanOf('linux-two-toolkits');
    const advice = scanAdvice(run.data);
    const lines = buildChecklist(run, advice);
    const term = renderScanTerminal(lines, [], run, en);
    expect(term).toMatch(/Frameworks[\s\S]*Recommended[\s\S]*PyTorch 2\.1\.0: pip wheel cu118[\s\S]*Findings/);
    const without = renderScanTerminal(lines.filter((l) => l.layer !== 'recommended'), [], run, en);
    expect(term.split('\n').at(-2)).toBe(without.split('\n').at(-2)); // same summary line
    const zh = renderScanMarkdown(lines, [], run, scanMessages('zh-CN'), messages('zh-CN'));
    expect(zh).toContain('**推荐组合（gpu-doctor plan）**');
    expect(zh).toMatch(/保留已安装的 2\.1\.0\+cu121/);
    const json = JSON.parse(JSON.stringify(adviceToJson(advice, en))) as Record<string, any>[];
    expect(json[0]).toMatchObject({
      framework: 'pytorch', keepsInstalled: true, driverUpgrade: 'recommended',
      installed: { version: '2.1.0+cu121', python: '/usr/bin/python3' },
      constraints: { os: 'linux', cc: '8.6', driver: '470.82.01', python: '3.10' },
      recommended: { version: '2.1.0', wheelIndex: 'cu118', cuda: '11.8' },
    });
    expect(json[0]!.text).toHaveLength(2);
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const l of lines) expect(lineText(scanMessages(lang), l)).not.toMatch(/advice\.|\{\{/);
    }
  });
});
