// A scan ends with one verdict line (issue 11, item 9): the root cause a rule names, or what else the checklist
// saw, or that nothing is wrong; a check that could not finish says so in words, not "crashed".
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { runScan } from '../src/scan/scan.js';
import { diagnoseScanData } from '../src/scan/diagnose-scan.js';
import { buildChecklist, type CheckLine } from '../src/scan/checklist.js';
import { scanMessages } from '../src/scan/messages.js';
import { renderScanMarkdown, renderScanTerminal } from '../src/scan/render.js';
import { viewFindings, type FindingView } from '../src/report/view.js';
import { messages } from '../src/i18n/messages.js';
import type { Host } from '../src/scan/host.js';
import type { Lang } from '../src/i18n/lang.js';

const hostDir = (name: string) => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));

async function screen(host: Host, lang: Lang): Promise<{ lines: string[]; markdown: string; views: FindingView[] }> {
  const run = await runScan(host, { importTimeoutMs: 1500 });
  const d = await diagnoseScanData(run.data);
  const views = viewFindings(d.findings, d.facts, lang);
  const checks = buildChecklist(run);
  const text = renderScanTerminal(checks, views, run, scanMessages(lang));
  return { lines: text.trimEnd().split('\n'), markdown: renderScanMarkdown(checks, views, run, scanMessages(lang), messages(lang)), views };
}

describe('the verdict line a scan closes with', () => {
  for (const [name, id] of [['linux-driver-broken', 'driver-not-loaded'], ['win-tf210-no-cuda', 'cuda-runtime-missing'], ['linux-gpu-cpu-torch', 'torch-cpu-build']] as const) {
    it(`${name}: the last line names the root cause ${id}, in both languages`, async () => {
      const en = await screen(fixtureHost(hostDir(name)), 'en');
      const root = en.views.find((v) => v.severity === 'error')!;
      expect(root.id).toBe(id);
      expect(en.lines.at(-1)).toBe(`✗ Root cause: ${root.title} [${id}]`);
      expect(en.markdown).toMatch(new RegExp(`^\\*\\*✗ Root cause: .+ \\[${id}\\]\\*\\*$`, 'm'));
      const zh = await screen(fixtureHost(hostDir(name)), 'zh-CN');
      expect(zh.lines.at(-1)).toMatch(new RegExp(`^✗ 根本原因：.+ \\[${id}\\]$`));
    });
  }

  it('a machine with no finding says nothing is wrong, or what is worth a look', async () => {
    const { lines } = await screen(fixtureHost(hostDir('macos-arm')), 'en');
    expect(lines.at(-1)).toMatch(/^! No problem found; \d+ check\(s\) above are marked ! and worth a look$/);
    const ok: CheckLine[] = [{ layer: 'system', status: 'ok', key: 'os.linux', vars: { arch: 'x64', kernel: '6.5' } }];
    const run = { data: {} as never, crashed: {}, notApplicable: [], ms: 5 };
    for (const lang of ['en', 'zh-CN'] as const) {
      const last = renderScanTerminal(ok, [], run, scanMessages(lang)).trimEnd().split('\n').at(-1);
      expect(last).toBe(lang === 'en' ? '✓ Nothing wrong found: the driver, CUDA and the frameworks on this machine fit together' : '✓ 未发现问题：这台机器上的驱动、CUDA 与框架相互匹配');
    }
  });

  it('a probe that failed reads "could not finish", never "crashed"', async () => {
    const base = fixtureHost(hostDir('macos-arm'));
    const host: Host = { ...base, run: async () => { throw new Error('spawn EACCES'); } };
    for (const lang of ['en', 'zh-CN'] as const) {
      const { lines } = await screen(host, lang);
      const text = lines.join('\n');
      expect(text).not.toMatch(/crash|崩溃/i);
      if (lang === 'en') {
        expect(text).toContain('This check could not finish: spawn EACCES');
        expect(lines.at(-2)).toMatch(/[1-9]\d* not finished/);
      } else expect(text).toContain('此项检查未能完成：spawn EACCES');
    }
  });
});
