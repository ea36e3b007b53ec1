// Commands exact for what the log shows (issue 11 item 3): every rule's fix steps rendered under each context
// (OS × framework versions × the Python the log ran) and every command checked against the knowledge tables —
// a pinned torch exists and its --index-url names a wheel variant that release has, tensorflow[and-cuda] only
// from 2.14, the log's interpreter runs pip, Debian's apt torch is never handed to pip uninstall.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { findingOfRule } from '../src/engine/rank.js';
import { viewFindings } from '../src/report/view.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { table, torchRelease } from '../src/knowledge/tables.js';
import { compareVersions, majorMinor } from '../src/knowledge/version.js';
import type { FactMap } from '../src/facts/derive.js';
import type { Lang } from '../src/engine/rule-types.js';
import { realLog } from './real-logs.js';

const factMap = (o: Record<string, string | boolean>): FactMap => new Map(Object.entries(o).map(([k, v]) => [k, { value: v, evidence: [] }]));

type Ctx = Record<string, string | boolean>;
const OS: Ctx[] = [{ os: 'linux' }, { os: 'windows' }, { os: 'wsl2' }, {}];
/** a Windows interpreter runs on Windows (or an unnamed system), a POSIX one elsewhere */
const realistic = (c: Ctx): boolean => {
  const exe = String(c.pythonExe ?? c.pythonPath ?? '');
  if (!exe || !c.os) return true;
  return /^(?:[a-z]:\\|\.\\)/i.test(exe) === (c.os === 'windows');
};
const VERSIONS: Ctx[] = [
  {}, { tfVersion: '2.10.1' }, { tfVersion: '2.13.0' }, { tfVersion: '2.15.0' },
  { torchVersion: '2.3.1+cpu', driverCudaMax: '12.5' }, { torchVersion: '1.13.1' }, { torchVersion: '2.7.0', driverCudaMax: '11.8' },
];
const PYTHONS: Ctx[] = [
  {}, { pythonExe: '.\\python_embeded\\python.exe' }, { pythonExe: 'D:\\AI Tools\\sd\\venv\\Scripts\\python.exe' },
  { pythonExe: '/home/x/miniconda3/envs/tf/bin/python' }, { torchFromApt: true },
  // a scan whose frameworks live in another interpreter than the python on PATH
  { frameworksOutsidePathPython: true, pythonPath: 'C:\\Users\\li\\AppData\\Local\\Programs\\Python\\Python310\\python.exe' },
];

const tfReleases = new Set(table('tensorflow-tested-builds').filter((r) => r.device === 'gpu').map((r) => majorMinor(r.tf_version!)));
const wheelsOf = (torch: string): string[] => (torchRelease(torch)?.cuda_wheels ?? '').split(';').map((s) => s.trim());

/** What is wrong with one rendered step under this context ('' when nothing). */
// a step that makes or enters another environment as a command: it and the steps after it run there
const ENTERS = /-m venv\b|\bconda (?:create|activate)\b|\bvirtualenv\b|\/activate\b|\bwsl(?:\.exe)? (?:--install|-d)\b|^(?:inside|in) (?:wsl2?|ubuntu)\b/i;

function problems(step: string, ctx: Record<string, string | boolean>, afterEnter = false): string[] {
  const bad: string[] = [];
  for (const m of step.matchAll(/tensorflow\[and-cuda\]==([\d.]+\d)/g)) {
    if ((compareVersions(m[1], '2.14') ?? -1) < 0) bad.push(`tensorflow[and-cuda]==${m[1]} (the extra exists from 2.14)`);
    if (!tfReleases.has(majorMinor(m[1]!))) bad.push(`TF ${m[1]} is not in tensorflow-tested-builds`);
  }
  for (const m of step.matchAll(/(?<![\w[-])tensorflow(?:-gpu)?==([\d.]+\d)/g)) if (!tfReleases.has(majorMinor(m[1]!))) bad.push(`TF ${m[1]} is not in tensorflow-tested-builds`);
  // a command pinning torch: the release is in the tables, its index names a variant it has, companions match
  for (const cmd of step.split('`')) {
    const torch = /(?<![\w-])torch==(\d+\.\d+\.\d+)/.exec(cmd)?.[1];
    if (!torch) continue;
    const row = torchRelease(torch);
    if (!row || row.torch_version !== torch) { bad.push(`torch ${torch} is not in pytorch-builds`); continue; }
    const tag = /download\.pytorch\.org\/whl\/(cu\d+)/.exec(cmd)?.[1];
    if (tag && !wheelsOf(torch).includes(tag)) bad.push(`torch ${torch} has no ${tag} wheels (${row.cuda_wheels})`);
    const tv = /torchvision==([\d.]+)/.exec(cmd)?.[1];
    if (tv && tv !== row.torchvision) bad.push(`torchvision ${tv} is not the one of torch ${torch} (${row.torchvision})`);
  }
  // the interpreter runs the steps for its own system that stay in its environment (a step that makes or
  // enters another one — a venv, conda activate, WSL — keeps its bare commands for that environment)
  const exe = String(ctx.pythonExe ?? ctx.pythonPath ?? '');
  const windowsExe = /^(?:[a-z]:\\|\.\\)/i.test(exe);
  const label = /^[^:：`]{0,60}[:：]/.exec(step)?.[0] ?? '';
  const otherSystem = windowsExe ? /linux|ubuntu|wsl|macos/i.test(label) : /windows/i.test(label);
  if ((ctx.pythonExe || ctx.frameworksOutsidePathPython) && !otherSystem && !afterEnter && !/-m venv|activate|\bwsl\b/i.test(step)) {
    if (/(?<![\w%./\\-])pip3? (?:install|uninstall)\b/.test(step.replace(/-m pip/g, ''))) bad.push('a bare pip where the log names its interpreter');
    if (/(?<![\w./\\-])python3? -[cm]\b/.test(step)) bad.push('a bare python where the log names its interpreter');
  }
  // the log's interpreter never runs inside a new venv or WSL, nor a Windows one in a Linux step
  if (typeof ctx.pythonExe === 'string' && step.includes(ctx.pythonExe) && /-m venv|bin\/activate|\bwsl\b|Ubuntu/i.test(step)) bad.push("the log's interpreter inside another environment");
  if (typeof ctx.pythonExe === 'string' && afterEnter && step.includes(ctx.pythonExe)) bad.push("the log's interpreter in a step after one that entered another environment");
  if (ctx.torchFromApt && /pip3? uninstall\b[^`;]*\btorch\b/.test(step)) bad.push("pip uninstall of Debian's torch");
  if (typeof ctx.tfVersion === 'string' && (compareVersions(ctx.tfVersion, '2.14') ?? 0) < 0 && /tensorflow\[and-cuda\]==/.test(step)) bad.push('a pinned tensorflow[and-cuda] for a TF before 2.14');
  return bad;
}

describe('every rule\'s commands fit the versions and the interpreter of the log', () => {
  const { rules } = loadRuleSet();
  for (const lang of ['en', 'zh-CN'] as Lang[]) {
    it(`${lang}: every rule under each context (OS × versions × interpreter)`, () => {
      const bad = new Set<string>();
      let rendered = 0;
      for (const os of OS) for (const v of VERSIONS) for (const py of PYTHONS) {
        const ctx: Ctx = { ...os, ...v, ...py };
        if (!realistic(ctx)) continue;
        const views = viewFindings(rules.map(findingOfRule), factMap(ctx), lang);
        for (const view of views) for (const fix of view.fixes) {
          let entered = false;
          for (const step of fix.steps) {
            rendered++;
            for (const p of problems(step, ctx, entered)) bad.add(`${view.id} under ${JSON.stringify(ctx)}: ${p}\n    ${step}`);
            entered ||= ENTERS.test(step);
          }
        }
      }
      expect(rendered).toBeGreaterThan(10_000);
      expect([...bad]).toEqual([]);
    });
  }
});

describe('logs as they come', () => {
  const steps = async (log: string, lang: Lang = 'en'): Promise<string[]> => {
    const d = await diagnoseText(log);
    return viewFindings(d.findings, d.facts, lang).flatMap((v) => v.fixes.flatMap((f) => f.steps));
  };

  it('torch 2.3.1+cpu with driver 555 (CUDA 12.5): cu121, the newest variant 2.3.1 has, with its own torchvision / torchaudio', async () => {
    const s = (await steps('Ubuntu 22.04\nDriver Version: 555.42.02   CUDA Version: 12.5\ntorch 2.3.1+cpu\nAssertionError: Torch not compiled with CUDA enabled\n')).join('\n');
    expect(s).toContain('`pip install torch==2.3.1 torchvision==0.18.1 torchaudio==2.3.1 --index-url https://download.pytorch.org/whl/cu121` (torch 2.3.1 has cu118 / cu121 wheels)');
    expect(s).not.toMatch(/cu124|cu126|cu128/);
  });

  it('a ComfyUI portable log: every pip and python runs as .\\python_embeded\\python.exe', async () => {
    const log = [
      'D:\\ComfyUI_windows_portable>.\\python_embeded\\python.exe -s ComfyUI\\main.py --windows-standalone-build',
      '  File "D:\\ComfyUI_windows_portable\\python_embeded\\Lib\\site-packages\\torch\\cuda\\__init__.py", line 284, in _lazy_init',
      '    raise AssertionError("Torch not compiled with CUDA enabled")',
      'AssertionError: Torch not compiled with CUDA enabled',
    ].join('\n');
    for (const lang of ['en', 'zh-CN'] as Lang[]) {
      const s = (await steps(log, lang)).join('\n');
      expect(s).toContain('`.\\python_embeded\\python.exe -m pip uninstall -y torch torchvision torchaudio`');
      expect(s).toMatch(/`\.\\python_embeded\\python\.exe -m pip install torch torchvision torchaudio --index-url https:\/\/download\.pytorch\.org\/whl\/cu\d+`/);
      expect(s).toContain('`.\\python_embeded\\python.exe -c "import torch;');
    }
  });

  it('an A1111 venv and a conda env named in the log run the commands', async () => {
    const venv = await steps('venv "D:\\sd\\stable-diffusion-webui\\venv\\Scripts\\Python.exe"\ntorch 2.1.2+cpu\nAssertionError: Torch not compiled with CUDA enabled\n');
    expect(venv.join('\n')).toContain('`D:\\sd\\stable-diffusion-webui\\venv\\Scripts\\Python.exe -m pip install torch==2.1.2 ');
    const conda = await steps('  File "/home/x/miniconda3/envs/llm/lib/python3.10/site-packages/torch/cuda/__init__.py", line 239, in _lazy_init\nAssertionError: Torch not compiled with CUDA enabled\n');
    expect(conda.join('\n')).toContain('`/home/x/miniconda3/envs/llm/bin/python -m pip uninstall -y torch torchvision torchaudio`');
  });

  it("TF 2.11+ GPU on native Windows from a conda env: the WSL2 fix's check stays WSL's python3, the Windows path keeps the env's python.exe", async () => {
    const log = realLog('pw-tfdml-plugin-tf211-notfound.log');
    const d = await diagnoseText(log);
    const view = viewFindings(d.findings, d.facts, 'en').find((v) => v.id === 'tf-gpu-windows-native-unsupported')!;
    const wsl = view.fixes.find((f) => f.title === 'Use WSL2 with tensorflow[and-cuda]')!.steps;
    expect(wsl.join('\n')).toContain('Check: `python3 -c "import tensorflow as tf;');
    expect(wsl.join('\n')).not.toContain('python.exe');
    // a fix whose steps stay on Windows still runs the log's interpreter
    const r = await diagnoseText(realLog('py-tensorflow-gpu-package-removed-3.log'));
    const removed = viewFindings(r.findings, r.facts, 'en').flatMap((v) => v.fixes.flatMap((f) => f.steps));
    expect(removed.join('\n')).toContain('Check: D:\\Anaconda3\\envs\\tf\\python.exe -c "import tensorflow');
  });

  it("Debian's apt torch is not pip-uninstalled: apt remove python3-torch, or a venv", async () => {
    const s = (await steps('  File "/usr/lib/python3/dist-packages/torch/cuda/__init__.py", line 284, in _lazy_init\nAssertionError: Torch not compiled with CUDA enabled\n')).join('\n');
    expect(s).toContain('sudo apt remove python3-torch');
    expect(s).not.toMatch(/pip3? uninstall[^`]*torch/);
  });

  it('TF 2.10.1 on Linux: no tensorflow[and-cuda]==2.10.1; the tested CUDA / cuDNN pair of 2.10 instead', async () => {
    const log = "OS: Ubuntu 22.04\ntensorflow version: 2.10.1\nW tensorflow/core/common_runtime/gpu/gpu_device.cc:1934] Cannot dlopen some GPU libraries. Please make sure the missing libraries mentioned above are installed properly if you would like to use GPU. Follow the guide at https://www.tensorflow.org/install/gpu for how to download and setup the required libraries for your platform.\n";
    const s = (await steps(log)).join('\n');
    expect(s).not.toMatch(/and-cuda\]==2\.10/);
    expect(s).toContain('TF 2.10 → CUDA 11.2 + cuDNN 8.1');
    const newer = (await steps(log.replace('2.10.1', '2.15.0'))).join('\n');
    expect(newer).toContain('pip install "tensorflow[and-cuda]==2.15.0"');
  });
});
