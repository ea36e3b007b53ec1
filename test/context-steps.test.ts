// Every rule's fix steps rendered under each machine context (issue 11 item 1, issue 9 item 5): no step may
// contradict the context — no Linux driver install or kernel-module command inside WSL, a container (the driver
// belongs to Windows / the host) or on Windows, no WSL-only command on a Linux host.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { findingOfRule } from '../src/engine/rank.js';
import { viewFindings } from '../src/report/view.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { renderTerminal } from '../src/report/terminal.js';
import { messages } from '../src/i18n/messages.js';
import type { FactMap } from '../src/facts/derive.js';
import type { Lang } from '../src/engine/rule-types.js';

// a Linux driver or its kernel modules: wrong in WSL (the driver is Windows'), in a container (the host's) and on Windows
const DRIVER_INSTALL = /ubuntu-drivers (?:install|autoinstall|devices)|(?:apt|apt-get|dnf|yum) install[^`;]*(?:nvidia-driver|cuda-drivers|akmod-nvidia)|NVIDIA-Linux-[\w.-]*\.run|dkms autoinstall|\b(?:modprobe|rmmod|lsmod)\b(?!\.d)/i;
const ON_HOST = /\bhost\b|宿主/i;
// WSL's own tools on a Linux host
const WSL_ONLY = /wsl --(?:update|shutdown)|\/usr\/lib\/wsl/;

interface Ctx { name: string; facts: Record<string, string | boolean>; bad: (step: string) => boolean; skip?: RegExp }
const CONTEXTS: Ctx[] = [
  { name: 'WSL', facts: { os: 'wsl2' }, bad: (s) => DRIVER_INSTALL.test(s) },
  { name: 'a container', facts: { os: 'linux', inContainer: true }, bad: (s) => DRIVER_INSTALL.test(s) && !ON_HOST.test(s) },
  { name: 'native Windows', facts: { os: 'windows' }, bad: (s) => DRIVER_INSTALL.test(s) },
  // WSL's own findings (wsl-*, wsl1-*) are about WSL: they do not fire on a Linux host
  { name: 'a Linux host', facts: { os: 'linux' }, bad: (s) => WSL_ONLY.test(s), skip: /^wsl/ },
];

const factMap = (o: Record<string, string | boolean>): FactMap => new Map(Object.entries(o).map(([k, v]) => [k, { value: v, evidence: [] }]));

describe('fix steps fit the machine', () => {
  const { rules } = loadRuleSet();
  for (const ctx of CONTEXTS) {
    it(`no rule's step contradicts ${ctx.name}`, () => {
      const bad: string[] = [];
      for (const rule of rules.filter((r) => !ctx.skip?.test(r.id))) {
        for (const lang of ['en', 'zh-CN'] as Lang[]) {
          const [view] = viewFindings([findingOfRule(rule)], factMap(ctx.facts), lang);
          for (const fix of view!.fixes) for (const s of fix.steps) if (ctx.bad(s)) bad.push(`${rule.id} (${lang}): ${s}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('without a context every fix is shown (explain, a log that names no system)', () => {
    for (const rule of rules) {
      const [view] = viewFindings([findingOfRule(rule)], new Map(), 'en', 'fix');
      expect(view!.fixes.length).toBe(rule.fixes.length);
    }
  });
});

describe('one answer, not two', () => {
  it('a WSL log: the libcuda root cause; the driver symptoms are explained by it and carry no steps of their own', async () => {
    const log = [
      'user@DESKTOP-1:~$ python3 -c "import torch; print(torch.cuda.is_available())"',
      'Running under WSL2 (Ubuntu 22.04)',
      'Could not load library libcuda.so. Error: libcuda.so: cannot open shared object file: No such file or directory',
      'RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx',
      'CUDA driver version is insufficient for CUDA runtime version',
    ].join('\n');
    const d = await diagnoseText(log);
    const views = viewFindings(d.findings, d.facts, 'en');
    expect(views[0]!.id).toBe('wsl-libcuda-path');
    for (const v of views.slice(1).filter((x) => x.severity !== 'info')) {
      expect(v.explainedBy, v.id).toContain('wsl-libcuda-path');
      expect(v.fixes, v.id).toEqual([]);
    }
    for (const v of views) for (const f of v.fixes) for (const s of f.steps) expect(s).not.toMatch(DRIVER_INSTALL);
    // on the terminal each explained symptom is one line
    const text = renderTerminal(views, messages('en'), d.lines);
    for (const v of views.slice(1).filter((x) => x.severity !== 'info')) {
      expect(text.split('\n').filter((l) => l.includes(v.id))).toEqual([`! ${v.title} [${v.id}] — explained by wsl-libcuda-path`]);
    }
  });
});

describe('scan advice fits the machine', () => {
  it('no driver inside a container or WSL: start the container with the GPU / update the Windows driver, never "install one"', async () => {
    const { fixtureHost } = await import('../src/scan/fixture-host.js');
    const { runScan } = await import('../src/scan/scan.js');
    const { buildChecklist } = await import('../src/scan/checklist.js');
    const run = await runScan(fixtureHost(new URL('../fixtures/hosts/linux-no-driver-cpu-torch', import.meta.url).pathname));
    const keys = (): string[] => buildChecklist(run).filter((l) => l.key.startsWith('advice.driver.')).map((l) => l.key);
    expect(keys()).toEqual(['advice.driver.unknown']);
    run.data.system.container = 'docker';
    expect(keys()).toEqual(['advice.driver.unknownContainer']);
    run.data.system.container = undefined;
    run.data.system.os = 'wsl2';
    expect(keys()).toEqual(['advice.driver.unknownWsl']);
  });
});
